package fr.iae.conventioning.upgrade;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, after the current definitions are deployed, says in the log (in French, for the administrator) which
 * conventions go on with the definitions of an earlier release, one line per convention. They finish on them: a
 * deployed definition is kept, with every bean it names, until no convention uses it (docs/upgrading.md).
 */
@Component
class EarlierDefinitionsReport {

  private static final Logger LOG = LoggerFactory.getLogger(EarlierDefinitionsReport.class);
  /** Lines written one by one; past them, Cockpit lists the instances of each version. */
  static final int MAX_LINES = 200;

  private final RepositoryService repository;
  private final RuntimeService runtime;

  EarlierDefinitionsReport(RepositoryService repository, RuntimeService runtime) {
    this.repository = repository;
    this.runtime = runtime;
  }

  @EventListener(ApplicationReadyEvent.class)
  void report() {
    Map<String, Map<String, Integer>> byConvention = earlierDefinitionsByConvention();
    byConvention.entrySet().stream().limit(MAX_LINES).forEach(convention -> LOG.info("Convention {} : poursuit sur"
        + " les définitions d'une version précédente de l'application ({}) ; elle les gardera jusqu'à sa fin.",
        convention.getKey(), describe(convention.getValue())));
    if (byConvention.size() > MAX_LINES) {
      LOG.info("… et {} autres conventions : Cockpit les liste par version de chaque processus.",
          byConvention.size() - MAX_LINES);
    }
    if (!byConvention.isEmpty()) {
      LOG.info("{} convention(s) en cours sur des définitions d'une version précédente, sans migration.",
          byConvention.size());
    }
  }

  /** For each convention reference, the process keys it runs on an earlier version, with that version. */
  Map<String, Map<String, Integer>> earlierDefinitionsByConvention() {
    Map<String, Map<String, Integer>> result = new TreeMap<>();
    for (ProcessDefinition latest : repository.createProcessDefinitionQuery().latestVersion().list()) {
      List<ProcessDefinition> earlier = repository.createProcessDefinitionQuery()
          .processDefinitionKey(latest.getKey()).list().stream()
          .filter(definition -> definition.getVersion() < latest.getVersion()).toList();
      for (ProcessDefinition definition : earlier) {
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionId(definition.getId())
            .list()) {
          String reference = instance.getBusinessKey() == null ? instance.getId() : instance.getBusinessKey();
          result.computeIfAbsent(reference, key -> new LinkedHashMap<>()).put(definition.getKey(),
              definition.getVersion());
        }
      }
    }
    return result;
  }

  private static String describe(Map<String, Integer> versions) {
    StringBuilder text = new StringBuilder();
    versions.forEach((key, version) -> text.append(text.isEmpty() ? "" : ", ").append(key).append(" version ")
        .append(version));
    return text.toString();
  }
}
