package fr.iae.conventioning.structure;

import fr.iae.conventioning.shared.FrenchFormat;
import fr.iae.conventioning.shared.SchemaMigration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration 7: each structure's name folded for searching (lower case, without accents), so that lists search and
 * sort in the database; rows of earlier releases are filled here, the same way Java folds them.
 */
@Component
class StructureSearchNames extends SchemaMigration {

  StructureSearchNames() {
    super(7, "structure search names");
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("alter table structure add column search_name varchar(200)");
    }
    try (Statement select = connection.createStatement();
        ResultSet rows = select.executeQuery("select siret, name from structure");
        PreparedStatement update = connection.prepareStatement("update structure set search_name = ? where siret = ?")) {
      while (rows.next()) {
        update.setString(1, FrenchFormat.fold(rows.getString(2)));
        update.setString(2, rows.getString(1));
        update.addBatch();
      }
      update.executeBatch();
    }
  }
}
