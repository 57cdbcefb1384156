package fr.iae.conventioning.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's schema lacks, each read on a path that grows with the platform: completing a task looks for
 * its sub-tasks by parent task ({@code ACT_RU_TASK.PARENT_TASK_ID_}), which without it reads every open task — 9 ms
 * a completion at 10,000 open tasks; the job executor looks for the jobs due now ({@code ACT_RU_JOB.DUEDATE_} null
 * or past), which without it reads every reminder timer of every open task — 8 ms an acquisition at 10,000 timers,
 * several acquisitions a second under load. Created once the engine has its tables (they do not exist yet when
 * Flyway runs on a new database), under names of the application's own that no Camunda upgrade script uses.
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

  static final String TASK_PARENT = "conv_idx_task_parent";
  static final String JOB_DUE = "conv_idx_job_due";

  private static final Map<String, String> INDEXES = Map.of(
      TASK_PARENT, "ACT_RU_TASK (PARENT_TASK_ID_)",
      JOB_DUE, "ACT_RU_JOB (DUEDATE_)");

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    DataSource dataSource = engine.getProcessEngineConfiguration().getDataSource();
    INDEXES.forEach((name, columns) -> {
      try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
        statement.execute("create index if not exists " + name + " on " + columns);
        if (!connection.getAutoCommit()) {
          connection.commit();
        }
      } catch (SQLException e) {
        // another node creating it at the same moment, or a database user without the right: the engine works without
        LOG.warn("Index {} on {} not created: {}", name, columns, e.getMessage());
      }
    });
  }
}
