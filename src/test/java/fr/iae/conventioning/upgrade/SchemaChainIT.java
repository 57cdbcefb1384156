package fr.iae.conventioning.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import fr.iae.conventioning.ConventioningApplication;
import fr.iae.conventioning.support.FreshDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application's schema taken from the last schema of release 0.3.0 (migration 6), with rows in it, to the
 * current one: the Java migrations fill the new columns of the rows earlier releases wrote. (UpgradeIT runs the
 * previous release's processes on a schema the current entities can use, so it cannot cover these.)
 */
class SchemaChainIT {

  @Test
  void rowsWrittenByTheLastReleaseGetTheirSearchNameAndEndDate() throws Exception {
    String url = FreshDatabase.create("schema_chain");
    Flyway.configure().dataSource(url, FreshDatabase.user(), FreshDatabase.password())
        .locations("classpath:db/migration").baselineOnMigrate(true).baselineVersion("0").target("6")
        .load().migrate();
    try (Connection connection = DriverManager.getConnection(url, FreshDatabase.user(), FreshDatabase.password());
        Statement insert = connection.createStatement()) {
      insert.execute("insert into structure (siret, name, kind, department, created_at)"
          + " values ('51236789700026', 'Régie de quartier ÉLAN', 'EI', '59', current_timestamp)");
      insert.execute("insert into convention (reference, siret, start_date, duration_months, status, created_at,"
          + " updated_at, version) values ('EI059270001', '51236789700026', date '2027-01-01', 36, 'ACTIVE',"
          + " current_timestamp, current_timestamp, 0)");
    }

    try (ConfigurableApplicationContext current = new SpringApplicationBuilder(ConventioningApplication.class).run(
        "--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=" + FreshDatabase.user(),
        "--spring.datasource.password=" + FreshDatabase.password(), "--camunda.bpm.job-execution.enabled=false",
        "--conventioning.mail.dispatch-enabled=false", "--conventioning.demo.enabled=false")) {
      JdbcTemplate jdbc = current.getBean(JdbcTemplate.class);
      assertThat(jdbc.queryForObject("select search_name from structure where siret = '51236789700026'",
          String.class)).isEqualTo("regie de quartier elan");
      assertThat(jdbc.queryForObject("select end_date from convention where reference = 'EI059270001'",
          LocalDate.class)).isEqualTo(LocalDate.of(2029, 12, 31));
      assertThat(current.getBean(Flyway.class).info().current().getVersion().getVersion()).isEqualTo("8");
    }
  }
}
