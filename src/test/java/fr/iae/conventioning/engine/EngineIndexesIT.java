package fr.iae.conventioning.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.iae.conventioning.support.ApplicationTest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The indexes the application adds to the engine's tables, on H2 as on PostgreSQL. */
@ApplicationTest
class EngineIndexesIT {

  @Autowired
  DataSource dataSource;

  @Test
  void aTaskIsLookedUpByItsParentThroughAnIndex() throws Exception {
    assertThat(indexedColumns("act_ru_task", EngineIndexes.TASK_PARENT)).containsExactly("parent_task_id_");
  }

  @Test
  void theJobsDueAreFoundThroughAnIndex() throws Exception {
    assertThat(indexedColumns("act_ru_job", EngineIndexes.JOB_DUE)).containsExactly("duedate_");
  }

  private List<String> indexedColumns(String table, String index) throws Exception {
    List<String> columns = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metadata = connection.getMetaData();
      for (String name : List.of(table, table.toUpperCase())) {
        try (ResultSet rows = metadata.getIndexInfo(null, null, name, false, false)) {
          while (rows.next()) {
            if (index.equalsIgnoreCase(rows.getString("INDEX_NAME"))) {
              columns.add(rows.getString("COLUMN_NAME").toLowerCase());
            }
          }
        }
      }
    }
    return columns;
  }
}
