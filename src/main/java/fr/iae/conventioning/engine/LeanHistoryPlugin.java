package fr.iae.conventioning.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.springframework.stereotype.Component;

/**
 * The engine's history at the full level, less two kinds of rows nobody reads and every step writes (see
 * docs/decisions.md, "History the application keeps"):
 * <ul>
 *   <li>the detail of every successive value of every variable ({@code ACT_HI_DETAIL}): the application's own
 *   records keep what each party decided, and the engine's history keeps each variable's last value;</li>
 *   <li>the creation and deletion log of the reminder and escalation timers of a task, scheduled with each task and
 *   cancelled with nearly all of them; a timer that fires, succeeds or fails is still logged.</li>
 * </ul>
 */
@Component
public class LeanHistoryPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = new ArrayList<>();
    handlers.add(new LeanDbHistoryEventHandler());
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  /** The engine's database history handler with the two kinds of rows left out. */
  static class LeanDbHistoryEventHandler extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof HistoricJobLogEvent log && (log.isCreationLog() || log.isDeletionLog())
          && TimerTaskListenerJobHandler.TYPE.equals(log.getJobDefinitionType())) {
        return;
      }
      super.handleEvent(event);
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
      return false;
    }
  }
}
