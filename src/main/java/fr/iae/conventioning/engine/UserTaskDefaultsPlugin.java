package fr.iae.conventioning.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.core.variable.mapping.value.ParameterValueProvider;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationType;
import org.camunda.bpm.engine.impl.jobexecutor.TimerEventJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What every user task of every deployed process gets without a line in its BPMN: a built-in create listener that
 * runs the {@link TaskCreationStep}s (due date, notification), and the {@link TaskTimeout}s (reminder, escalation),
 * each a timer job of its own as if the BPMN declared it; a timeout {@linkplain TaskTimeout#scheduledBy() scheduled
 * by another} gets its job when that one fires. A task added to a BPMN later only declares its candidate
 * group and its form.
 */
@Component
public class UserTaskDefaultsPlugin extends AbstractProcessEnginePlugin {

  private final Supplier<List<TaskCreationStep>> steps;
  private final List<TaskTimeout> timeouts;

  /** Steps are looked up when a task is created: they may need beans that need the engine. */
  @Autowired
  public UserTaskDefaultsPlugin(ObjectProvider<TaskCreationStep> steps, ObjectProvider<TaskTimeout> timeouts) {
    this(() -> steps.orderedStream().toList(), timeouts.orderedStream().toList());
  }

  public UserTaskDefaultsPlugin(Supplier<List<TaskCreationStep>> steps, List<TaskTimeout> timeouts) {
    this.steps = steps;
    this.timeouts = List.copyOf(timeouts);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    TaskListener onCreate = task -> steps.get().forEach(step -> step.onCreate(task));
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, onCreate);
      }
    });
    if (configuration.getBpmnParseFactory() != null) {
      throw new IllegalStateException("Another plugin already replaced the engine's BPMN parse: the user-task timers"
          + " would not be added");
    }
    configuration.setBpmnParseFactory(parser -> new DefaultTimeoutsParse(parser, timeouts));
  }

  /**
   * The engine's parse, which adds the missing timeout listeners where the engine parses a task's own: the timer is
   * declared as the engine declares one written in the XML (job definition, scope, job handler configuration, the
   * task's job priority), exclusive as the XML's default is.
   */
  static class DefaultTimeoutsParse extends BpmnParse {

    private final List<TaskTimeout> timeouts;

    DefaultTimeoutsParse(BpmnParser parser, List<TaskTimeout> timeouts) {
      super(parser);
      this.timeouts = timeouts;
    }

    @Override
    protected void parseTaskListeners(Element userTaskElement, ActivityImpl activity, TaskDefinition taskDefinition) {
      super.parseTaskListeners(userTaskElement, activity, taskDefinition);
      List<TaskTimeout> missing = timeouts.stream()
          .filter(timeout -> taskDefinition.getTimeoutTaskListener(timeout.id()) == null)
          .toList();
      Map<String, List<DeferredTimer>> scheduledBy = new HashMap<>();
      for (TaskTimeout timeout : missing) {
        boolean deferred = timeout.scheduledBy() != null
            && missing.stream().anyMatch(other -> other.id().equals(timeout.scheduledBy()));
        TimerDeclarationImpl timer = declare(timeout, activity, deferred);
        if (deferred) {
          scheduledBy.computeIfAbsent(timeout.scheduledBy(), id -> new ArrayList<>()).add((DeferredTimer) timer);
        }
      }
      for (TaskTimeout timeout : missing) {
        TaskListener listener =
            new DelegateExpressionTaskListener(expressionManager.createExpression(timeout.listenerExpression()), List.of());
        List<DeferredTimer> next = scheduledBy.getOrDefault(timeout.id(), List.of());
        taskDefinition.addTimeoutTaskListener(timeout.id(), next.isEmpty() ? listener : task -> {
          listener.notify(task);
          next.forEach(timer -> timer.scheduleFor(((TaskEntity) task).getExecution()));
        });
      }
    }

    private TimerDeclarationImpl declare(TaskTimeout timeout, ActivityImpl activity, boolean deferred) {
      activity.setScope(true);
      activity.setEventScope(activity);
      Expression moment = expressionManager.createExpression(timeout.timeDateExpression());
      String configuration = activity.getId() + TimerEventJobHandler.JOB_HANDLER_CONFIG_PROPERTY_DELIMITER
          + TimerEventJobHandler.JOB_HANDLER_CONFIG_TASK_LISTENER_PREFIX + timeout.id();
      TimerDeclarationImpl timer = deferred ? new DeferredTimer(moment, configuration)
          : new TimerDeclarationImpl(moment, TimerDeclarationType.DATE, TimerTaskListenerJobHandler.TYPE);
      timer.setRawJobHandlerConfiguration(configuration);
      timer.setExclusive(true);
      timer.setActivity(activity);
      timer.setJobConfiguration(TimerDeclarationType.DATE + ": " + timeout.timeDateExpression());
      timer.setJobPriorityProvider((ParameterValueProvider) activity.getProperty(PROPERTYNAME_JOB_PRIORITY));
      addJobDeclarationToProcessDefinition(timer, (ProcessDefinition) activity.getProcessDefinition());
      addTimerListenerDeclaration(timeout.id(), activity, timer);
      return timer;
    }
  }

  /**
   * A timeout's timer that the task's scope does not create when it starts: the timeout it follows creates it when
   * it fires, unless the task already has it (a task created by an earlier release got both timers at once).
   */
  static class DeferredTimer extends TimerDeclarationImpl {

    private final String configuration;

    DeferredTimer(Expression moment, String configuration) {
      super(moment, TimerDeclarationType.DATE, TimerTaskListenerJobHandler.TYPE);
      this.configuration = configuration;
    }

    @Override
    public TimerEntity createTimerInstance(ExecutionEntity execution) {
      return null;
    }

    void scheduleFor(ExecutionEntity execution) {
      boolean scheduled = execution.getJobs().stream()
          .anyMatch(job -> configuration.equals(job.getJobHandlerConfigurationRaw()));
      if (!scheduled) {
        createTimer(execution);
      }
    }
  }
}
