package fr.iae.conventioning.engine;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine's history at the full level, less the rows nobody reads and every step writes (see
 * docs/decisions.md, "History the application keeps"):
 * <ul>
 *   <li>the detail of every successive value of every variable and of every submitted form field
 *   ({@code ACT_HI_DETAIL}): the application's own records keep what each party decided, and the engine's history
 *   keeps each variable's last value;</li>
 *   <li>the creation and deletion log of the reminder and escalation timers of a task, scheduled with each task and
 *   cancelled with nearly all of them; a timer that fires, succeeds or fails is still logged;</li>
 *   <li>the task-local copies of process variables ({@link TaskVariableCopies}), whose originals have their
 *   history;</li>
 *   <li>the copies a stage receives from the convention's main process when it starts (the call activity's
 *   {@code camunda:in}), whose originals have their history in the main process; a copy the stage changes gets its
 *   history row then.</li>
 * </ul>
 */
@Component
public class LeanHistoryPlugin extends AbstractProcessEnginePlugin {

  private final Set<String> taskCopies;

  public LeanHistoryPlugin(ObjectProvider<TaskVariableCopies> copies) {
    this.taskCopies = copies.stream().flatMap(copy -> copy.copiedVariables().stream())
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = new ArrayList<>();
    handlers.add(new LeanDbHistoryEventHandler());
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    configuration.setCustomHistoryEventHandlers(handlers);
    if (configuration.getHistoryEventProducer() != null) {
      throw new IllegalStateException("Another plugin already replaced the engine's history event producer");
    }
    configuration.setHistoryEventProducer(new LeanHistoryEventProducer(taskCopies));
  }

  /**
   * The engine's producer, which does not even build the events left out (building a timer's log reads its job
   * definition).
   */
  static class LeanHistoryEventProducer extends CacheAwareHistoryEventProducer {

    private final Set<String> taskCopies;

    LeanHistoryEventProducer(Set<String> taskCopies) {
      this.taskCopies = taskCopies;
    }

    @Override
    public HistoryEvent createHistoricJobLogCreateEvt(Job job) {
      return isTaskTimer(job) ? null : super.createHistoricJobLogCreateEvt(job);
    }

    @Override
    public HistoryEvent createHistoricJobLogDeleteEvt(Job job) {
      return isTaskTimer(job) ? null : super.createHistoricJobLogDeleteEvt(job);
    }

    @Override
    public HistoryEvent createHistoricVariableCreateEvt(VariableInstanceEntity variable, VariableScope scope) {
      return isTaskCopy(variable) || isCallerCopy(variable, scope) ? null
          : super.createHistoricVariableCreateEvt(variable, scope);
    }

    @Override
    public HistoryEvent createHistoricVariableUpdateEvt(VariableInstanceEntity variable, VariableScope scope) {
      return isTaskCopy(variable) ? null : super.createHistoricVariableUpdateEvt(variable, scope);
    }

    @Override
    public HistoryEvent createHistoricVariableDeleteEvt(VariableInstanceEntity variable, VariableScope scope) {
      return isTaskCopy(variable) ? null : super.createHistoricVariableDeleteEvt(variable, scope);
    }

    @Override
    public HistoryEvent createHistoricVariableMigrateEvt(VariableInstanceEntity variable) {
      return isTaskCopy(variable) ? null : super.createHistoricVariableMigrateEvt(variable);
    }

    /** A form's submitted values, which the variables' history already keeps, would be one detail row each. */
    @Override
    public HistoryEvent createFormPropertyUpdateEvt(ExecutionEntity execution, String propertyId, String propertyValue,
        String taskId) {
      return null;
    }

    private static boolean isTaskTimer(Job job) {
      return job instanceof JobEntity entity && TimerTaskListenerJobHandler.TYPE.equals(entity.getJobHandlerType());
    }

    /**
     * A variable set on a called instance before its first activity has begun, null or with the same plain value as
     * the caller's variable of that name: a copy made by the call activity's input mapping. (The caller's variables are in
     * the command's cache then, as the mapping has just read them.)
     */
    static boolean isCallerCopy(VariableInstanceEntity variable, VariableScope scope) {
      if (!(scope instanceof ExecutionEntity execution) || variable.getTaskId() != null) {
        return false;
      }
      ExecutionEntity instance = execution.getProcessInstance();
      if (instance == null || instance.getActivityInstanceId() != null || instance.getSuperExecutionId() == null
          || !execution.isProcessInstanceExecution()) {
        return false;
      }
      ExecutionEntity caller = instance.getSuperExecution();
      Object value = variable.getValue();
      if (value == null) {
        return true;
      }
      boolean plain = value instanceof String || value instanceof Number || value instanceof Boolean
          || value instanceof Date;
      return plain && value.equals(caller.getVariable(variable.getName()));
    }

    private boolean isTaskCopy(VariableInstanceEntity variable) {
      return variable.getTaskId() != null && taskCopies.contains(variable.getName());
    }
  }

  /** The engine's database history handler, without the variables' details. */
  static class LeanDbHistoryEventHandler extends DbHistoryEventHandler {

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
      return false;
    }
  }
}
