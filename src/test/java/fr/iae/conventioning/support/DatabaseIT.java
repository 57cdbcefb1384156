package fr.iae.conventioning.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Says which database the suite ran on, and proves CI's PostgreSQL run really used PostgreSQL. */
@ApplicationTest
class DatabaseIT {

  @Autowired
  DataSource dataSource;

  @Test
  void theSuiteRunsOnTheDatabaseItWasGiven() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      System.out.println("Application tests ran on " + product + " " + connection.getMetaData().getDatabaseProductVersion());
      String url = System.getenv("DB_URL");
      String expected = url == null || url.startsWith("jdbc:h2:") ? "H2"
          : url.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "a database this suite does not know: " + url;
      assertThat(product).isEqualTo(expected);
    }
  }
}
