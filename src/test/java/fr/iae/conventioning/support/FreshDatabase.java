package fr.iae.conventioning.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database of a test's own, created afresh, for tests that start applications of their own: an H2 file under
 * target/ (which several processes may open), or a database beside CI's PostgreSQL ({@code DB_URL}).
 */
public final class FreshDatabase {

  private FreshDatabase() {}

  /** The JDBC URL of a new, empty database; the name tells whose it is. */
  public static String create(String name) throws SQLException {
    String url = System.getenv("DB_URL");
    if (url == null || url.startsWith("jdbc:h2:")) {
      return "jdbc:h2:file:./target/" + name + "-" + System.nanoTime() + "/conventioning;AUTO_SERVER=TRUE";
    }
    String server = url.substring(0, url.lastIndexOf('/') + 1);
    String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "") + "_" + name;
    try (Connection connection = DriverManager.getConnection(server + "postgres", user(), password());
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database);
      statement.execute("CREATE DATABASE " + database);
    }
    return server + database;
  }

  public static String user() {
    String user = System.getenv("DB_USER");
    return user == null ? "sa" : user;
  }

  public static String password() {
    String password = System.getenv("DB_PASSWORD");
    return password == null ? "" : password;
  }
}
