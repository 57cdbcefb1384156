package fr.iae.conventioning.shared;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration of the application's tables written in Java, where the rows of earlier releases are filled by the
 * same rules the code applies (which plain SQL could not run alike on H2 and PostgreSQL). A module declares it as a
 * bean; Flyway runs it in its place among {@code db/migration}'s scripts, in one transaction.
 */
public abstract class SchemaMigration implements JavaMigration {

  private final int version;
  private final String description;

  protected SchemaMigration(int version, String description) {
    this.version = version;
    this.description = description;
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion(String.valueOf(version));
  }

  @Override
  public String getDescription() {
    return description;
  }

  @Override
  public Integer getChecksum() {
    return version;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }
}
