package fr.iae.conventioning.upgrade;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Warns, in French, when the configuration still sets a setting an earlier release named otherwise. */
@Component
class RenamedSettings {

  private static final Logger LOG = LoggerFactory.getLogger(RenamedSettings.class);

  /** Old name → new name (docs/upgrading.md, "Release by release"). */
  static final Map<String, String> RENAMED = Map.of(
      "conventioning.project.max-requested-fte", "conventioning.max-fte");

  private final Environment environment;

  RenamedSettings(Environment environment) {
    this.environment = environment;
  }

  @EventListener(ApplicationReadyEvent.class)
  void warn() {
    RENAMED.forEach((old, current) -> {
      if (environment.containsProperty(old)) {
        LOG.warn("Le paramètre {} n'est plus lu : il s'appelle désormais {} (valeur actuelle : {}).", old, current,
            environment.getProperty(current));
      }
    });
  }
}
