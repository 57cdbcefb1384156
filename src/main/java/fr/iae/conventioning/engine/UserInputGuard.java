package fr.iae.conventioning.engine;

import fr.iae.conventioning.engine.UserInput.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * What a user may send to the engine, whichever door they use (Tasklist, the engine REST API, {@code /api}): checked
 * once, inside the engine, before the command runs, so that a refused request changes nothing.
 * <ul>
 *   <li>a task completion or form submission carries only the fields of the task's {@link UserInput}, with their
 *   types; a shown-only field comes back unchanged; a {@link ProtectedVariables protected} value is refused 403;</li>
 *   <li>a start carries only the fields of its start event's input, no business key, no start instructions;</li>
 *   <li>variables are never written or removed outside a form, and a process task is never deleted;</li>
 *   <li>a task is claimed by, delegated or assigned to, or linked with members of its candidate groups only.</li>
 * </ul>
 * Administrators are not checked (they repair), nor is the application itself: commands without an authenticated
 * user (the job executor, the demo data) and commands the engine runs inside another command (a listener starting
 * the renewed convention, say).
 */
@Component
public class UserInputGuard extends AbstractProcessEnginePlugin {

  private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
      .withResolverStyle(ResolverStyle.STRICT);

  private final Supplier<Map<String, UserInput>> inputs;
  private final Supplier<Set<String>> protectedNames;

  /** Declarations are looked up at the first command: the stages' beans may need the engine. */
  @Autowired
  public UserInputGuard(ObjectProvider<UserInput> inputs, ObjectProvider<ProtectedVariables> protectedNames) {
    this(() -> inputs.orderedStream().toList(), () -> protectedNames.orderedStream().toList());
  }

  public UserInputGuard(Supplier<List<UserInput>> inputs, Supplier<List<ProtectedVariables>> protectedNames) {
    this.inputs = SingletonSupplier.of(() -> {
      Map<String, UserInput> byElement = new HashMap<>();
      for (UserInput input : inputs.get()) {
        if (byElement.put(input.elementId(), input) != null) {
          throw new IllegalStateException("Two inputs declared for " + input.elementId());
        }
      }
      return Map.copyOf(byElement);
    });
    this.protectedNames = SingletonSupplier.of(() -> {
      Set<String> names = new HashSet<>();
      protectedNames.get().forEach(declared -> names.addAll(declared.names()));
      return Set.copyOf(names);
    });
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(0, new Guard());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  /** The declared inputs, by task definition key or start event id (for tests and the contract check). */
  public Map<String, UserInput> inputs() {
    return inputs.get();
  }

  private class Guard extends CommandInterceptor {

    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public <T> T execute(Command<T> command) {
      int[] level = depth.get();
      level[0]++;
      try {
        if (level[0] == 1) {
          CommandContext context = Context.getCommandContext();
          if (command instanceof DeleteTaskCmd && context != null) {
            refuseDeletingProcessTasks(command, context);
          }
          Authentication user = context == null ? null : context.getAuthentication();
          if (user != null && user.getUserId() != null
              && !context.getAuthorizationManager().isCamundaAdmin(user)) {
            check(command, context);
          }
        }
        return next.execute(command);
      } finally {
        level[0]--;
        if (level[0] == 0) {
          depth.remove();
        }
      }
    }
  }

  private void check(Command<?> command, CommandContext context) {
    if (command instanceof CompleteTaskCmd) {
      checkTask(context, field(command, "taskId"), field(command, "variables"));
    } else if (command instanceof SubmitTaskFormCmd) {
      checkTask(context, field(command, "taskId"), field(command, "properties"));
    } else if (command instanceof StartProcessInstanceAtActivitiesCmd) {
      throw refused("Un dossier commence par son début : les instructions de démarrage et les options qui sautent"
          + " des étapes ne sont pas acceptées.");
    } else if (command instanceof StartProcessInstanceCmd) {
      ProcessInstantiationBuilderImpl builder = field(command, "instantiationBuilder");
      ProcessDefinitionEntity definition = builder.getProcessDefinitionId() != null
          ? context.getProcessEngineConfiguration().getDeploymentCache()
              .findDeployedProcessDefinitionById(builder.getProcessDefinitionId())
          : context.getProcessEngineConfiguration().getDeploymentCache()
              .findDeployedLatestProcessDefinitionByKey(builder.getProcessDefinitionKey());
      checkStart(definition, builder.getBusinessKey(), builder.getVariables());
    } else if (command instanceof SubmitStartFormCmd) {
      checkStart(context.getProcessEngineConfiguration().getDeploymentCache()
          .findDeployedProcessDefinitionById(field(command, "processDefinitionId")), field(command, "businessKey"),
          field(command, "variables"));
    } else if (command instanceof SetTaskVariablesCmd || command instanceof PatchTaskVariablesCmd
        || command instanceof RemoveTaskVariablesCmd || command instanceof SetExecutionVariablesCmd
        || command instanceof PatchExecutionVariablesCmd || command instanceof RemoveExecutionVariablesCmd) {
      throw forbidden("Les valeurs d'un dossier ne se modifient qu'en complétant sa tâche par son formulaire : ni"
          + " les variables d'une tâche, ni celles d'un processus ne peuvent être écrites ou supprimées directement.");
    } else if (command instanceof ClaimTaskCmd) {
      requireMember(context, field(command, "taskId"), field(command, "userId"));
    } else if (command instanceof DelegateTaskCmd) {
      requireMember(context, field(command, "taskId"), field(command, "userId"));
    } else if (command instanceof AbstractAddIdentityLinkCmd) {
      String groupId = field(command, "groupId");
      String userId = field(command, "userId");
      if (groupId != null) {
        throw forbidden("Une tâche reste à son groupe : elle ne peut pas être confiée à un autre groupe.");
      }
      if (userId != null) {
        requireMember(context, field(command, "taskId"), userId);
      }
    } else if (command instanceof DeleteIdentityLinkCmd) {
      if (field(command, "groupId") != null) {
        throw forbidden("Une tâche reste à son groupe : son groupe ne peut pas lui être retiré.");
      }
    }
  }

  /** The engine refuses it too, but as a failure of the platform (500); nobody, administrator or not, may. */
  private static void refuseDeletingProcessTasks(Command<?> command, CommandContext context) {
    List<String> ids = new ArrayList<>();
    String taskId = field(command, "taskId");
    Collection<String> taskIds = field(command, "taskIds");
    if (taskId != null) {
      ids.add(taskId);
    }
    if (taskIds != null) {
      ids.addAll(taskIds);
    }
    for (String id : ids) {
      TaskEntity task = context.getTaskManager().findTaskById(id);
      if (task != null && (task.getProcessInstanceId() != null || task.getCaseInstanceId() != null)) {
        throw forbidden("La tâche « " + task.getName() + " » fait partie d'un dossier en cours : elle ne peut pas être"
            + " supprimée, elle se termine en complétant son formulaire.");
      }
    }
  }

  private void checkTask(CommandContext context, String taskId, Map<String, Object> variables) {
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null || variables == null || variables.isEmpty()) {
      return;
    }
    UserInput input = inputs.get().get(task.getTaskDefinitionKey());
    for (String name : variables.keySet()) {
      Field field = input == null ? null : input.field(name).orElse(null);
      if (field == null) {
        refuseUndeclared(name, "cette tâche");
      }
      Object value = valueOf(variables, name);
      if (field.shown()) {
        if (!sameValue(value, task.getVariable(name))) {
          throw refused("Le champ « " + field.label() + " » est affiché pour information : il ne peut pas être"
              + " modifié dans cette tâche.");
        }
      } else {
        checkValue(field, value);
      }
    }
  }

  private void checkStart(ProcessDefinitionEntity definition, String businessKey, Map<String, Object> variables) {
    if (businessKey != null && !businessKey.isBlank()) {
      throw forbidden("La référence d'un dossier est attribuée par l'application : elle ne peut pas être envoyée au"
          + " démarrage.");
    }
    if (definition == null || variables == null || variables.isEmpty()) {
      return;
    }
    UserInput input = definition.getInitial() == null ? null : inputs.get().get(definition.getInitial().getId());
    for (String name : variables.keySet()) {
      Field field = input == null ? null : input.field(name).orElse(null);
      if (field == null) {
        refuseUndeclared(name, "ce démarrage");
      }
      checkValue(field, valueOf(variables, name));
    }
  }

  private void refuseUndeclared(String name, String where) {
    if (protectedNames.get().contains(name)) {
      throw forbidden("La valeur « " + name + " » est tenue par l'application : personne ne peut l'envoyer ni la"
          + " modifier.");
    }
    throw refused("Le champ « " + name + " » ne fait pas partie du formulaire de " + where + " : seuls ses"
        + " propres champs sont acceptés.");
  }

  /** The value as sent; a serialized object or a file is refused before anything deserializes it. */
  private static Object valueOf(Map<String, Object> variables, String name) {
    if (variables instanceof VariableMap typedMap) {
      TypedValue typed = typedMap.getValueTyped(name);
      if (typed != null) {
        ValueType type = typed.getType();
        if (type == ValueType.OBJECT || type == ValueType.FILE || type == ValueType.BYTES) {
          throw refused("Le champ « " + name + " » n'accepte ni objet sérialisé, ni fichier : envoyez un texte, un"
              + " nombre, oui/non, une date ou une liste, selon le champ.");
        }
        return typed.getValue();
      }
    }
    return variables.get(name);
  }

  static void checkValue(Field field, Object value) {
    if (value == null) {
      return;
    }
    String label = "Le champ « " + field.label() + " »";
    switch (field.kind()) {
      case TEXT -> {
        if (!(value instanceof String text)) {
          throw refused(label + " doit être un texte.");
        }
        if (text.length() > field.maxLength()) {
          throw refused(label + " ne doit pas dépasser " + field.maxLength() + " caractères.");
        }
      }
      case NUMBER -> {
        BigDecimal number = number(value);
        if (number == null) {
          throw refused(label + (field.integer() ? " doit être un nombre entier." : " doit être un nombre."));
        }
        if (number.abs().compareTo(Field.MAX_NUMBER) > 0) {
          throw refused(label + " est trop grand : vérifiez la saisie.");
        }
        if (field.integer() && number.stripTrailingZeros().scale() > 0) {
          throw refused(label + " doit être un nombre entier.");
        }
      }
      case YES_NO -> {
        if (!(value instanceof Boolean)) {
          throw refused(label + " attend oui ou non (true ou false).");
        }
      }
      case DATE -> {
        if (!(value instanceof String text) || !isDate(text)) {
          throw refused(label + " doit être une date au format AAAA-MM-JJ.");
        }
      }
      case CHOICE -> {
        // which values are known is the domain's rule, with its own sentence
        if (!(value instanceof String)) {
          throw refused(label + " doit être l'une des valeurs proposées : " + String.join(", ", field.values())
              + ".");
        }
      }
      case LIST -> checkList(field, label, value);
      default -> throw new IllegalStateException(field.kind().name());
    }
  }

  private static void checkList(Field field, String label, Object value) {
    List<Object> items = new ArrayList<>();
    if (value instanceof SpinJsonNode node && node.isArray()) {
      for (SpinJsonNode element : node.elements()) {
        items.add(element.isString() ? element.stringValue() : element);
      }
    } else if (value instanceof Collection<?> collection) {
      items.addAll(collection);
    } else {
      throw refused(label + " doit être une liste JSON, par exemple [\"cd59\", \"region-hdf\"].");
    }
    Set<Object> seen = new HashSet<>();
    for (Object item : items) {
      if (!(item instanceof String text) || text.isBlank() || text.length() > field.maxLength()) {
        throw refused(label + " ne doit contenir que des codes (textes d'au plus " + field.maxLength()
            + " caractères).");
      }
      if (!seen.add(text)) {
        throw refused(label + " contient « " + text + " » deux fois.");
      }
    }
  }

  private static boolean isDate(String text) {
    try {
      LocalDate.parse(text, ISO_DATE);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static BigDecimal number(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      return Double.isFinite(number) ? BigDecimal.valueOf(number) : null;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    return null;
  }

  private static boolean sameValue(Object sent, Object current) {
    if (sent == null || Objects.equals(sent, current)) {
      return true;
    }
    BigDecimal left = number(sent);
    BigDecimal right = number(current);
    if (left != null && right != null) {
      return left.compareTo(right) == 0;
    }
    return current != null && sent.toString().equals(current.toString());
  }

  private static void requireMember(CommandContext context, String taskId, String userId) {
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null || userId == null) {
      return;
    }
    List<String> candidateGroups = task.getIdentityLinks().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .toList();
    boolean member = !candidateGroups.isEmpty() && context.runWithoutAuthorization(() ->
        context.getReadOnlyIdentityProvider().createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId).anyMatch(candidateGroups::contains));
    if (!member) {
      throw forbidden("La tâche « " + task.getName() + " » ne peut être confiée qu'à un membre de son groupe ("
          + String.join(", ", candidateGroups) + ") : « " + userId + " » n'en fait pas partie.");
    }
  }

  private static FormFieldValidationException refused(String message) {
    return new FormFieldValidationException(null, message);
  }

  private static PartyRefusal forbidden(String message) {
    return new PartyRefusal(message);
  }


  @SuppressWarnings("unchecked")
  private static <T> T field(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        java.lang.reflect.Field declared = type.getDeclaredField(name);
        declared.setAccessible(true);
        return (T) declared.get(command);
      } catch (NoSuchFieldException e) {
        // declared higher up
      } catch (IllegalAccessException e) {
        throw new ProcessEngineException("Cannot read " + name + " of " + command.getClass().getName(), e);
      }
    }
    throw new ProcessEngineException("The engine's " + command.getClass().getName() + " has no field " + name
        + ": UserInputGuard must follow the engine's upgrade");
  }


}
