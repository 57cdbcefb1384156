package fr.iae.conventioning.notification;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sending of the outbox.
 *
 * @param from the sender of every e-mail
 * @param dispatchEnabled whether this node sends (tests drive the dispatcher themselves)
 * @param dispatchInterval how often the outbox is looked at
 * @param batchSize how many messages one look sends at most
 * @param maxAttempts failures after which a message is given up (FAILED, visible to administrators)
 * @param firstRetryDelay the wait after the first failure, doubled at each further failure
 * @param maxRetryDelay the longest wait between two attempts
 * @param claimTimeout how long a node may take to send a message before another node takes it over
 * @param taskCreated per task id, whether its creation is announced by e-mail (default: yes)
 */
@ConfigurationProperties("conventioning.mail")
public record MailProperties(
    @DefaultValue("Conventionnement IAE <ne-pas-repondre@conventionnement-iae.example.org>") String from,
    @DefaultValue("true") boolean dispatchEnabled,
    @DefaultValue("PT15S") Duration dispatchInterval,
    @DefaultValue("50") int batchSize,
    @DefaultValue("12") int maxAttempts,
    @DefaultValue("PT1M") Duration firstRetryDelay,
    @DefaultValue("PT2H") Duration maxRetryDelay,
    @DefaultValue("PT5M") Duration claimTimeout,
    @DefaultValue Map<String, Boolean> taskCreated) {

  public boolean announces(String taskId) {
    return taskCreated == null || taskCreated.getOrDefault(taskId, true);
  }

  /** The wait before attempt number {@code attempts + 1}, after {@code attempts} failures. */
  public Duration retryDelay(int attempts) {
    Duration delay = firstRetryDelay;
    for (int i = 1; i < attempts && delay.compareTo(maxRetryDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
  }
}
