package fr.iae.conventioning.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every deployed process a built-in create listener that runs the
 * {@link TaskCreationStep}s: a task added to a BPMN later gets its due date and notification by being declared.
 */
@Component
public class UserTaskCreationPlugin extends AbstractProcessEnginePlugin {

  private final Supplier<List<TaskCreationStep>> steps;

  /** Steps are looked up when a task is created: they may need beans that need the engine. */
  @Autowired
  public UserTaskCreationPlugin(ObjectProvider<TaskCreationStep> steps) {
    this(() -> steps.orderedStream().toList());
  }

  public UserTaskCreationPlugin(Supplier<List<TaskCreationStep>> steps) {
    this.steps = steps;
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
  }
}
