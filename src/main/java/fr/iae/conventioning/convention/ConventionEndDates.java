package fr.iae.conventioning.convention;

import fr.iae.conventioning.shared.SchemaMigration;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration 8: each convention's last day as a column, so that lists sort by it in the database, and an index for
 * the newest-first order; rows of earlier releases are filled by the rule the entity uses.
 */
@Component
class ConventionEndDates extends SchemaMigration {

  ConventionEndDates() {
    super(8, "convention end dates");
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("alter table convention add column end_date date");
      ddl.execute("create index convention_created_at_idx on convention (created_at)");
    }
    try (Statement select = connection.createStatement();
        ResultSet rows = select.executeQuery("select id, start_date, duration_months from convention");
        PreparedStatement update = connection.prepareStatement("update convention set end_date = ? where id = ?")) {
      while (rows.next()) {
        update.setDate(1, Date.valueOf(Convention.endDate(rows.getDate(2).toLocalDate(), rows.getInt(3))));
        update.setLong(2, rows.getLong(1));
        update.addBatch();
      }
      update.executeBatch();
    }
  }
}
