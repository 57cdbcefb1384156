package fr.iae.conventioning.notification;

import fr.iae.conventioning.security.CurrentUserProvider;
import fr.iae.conventioning.shared.ForbiddenException;
import fr.iae.conventioning.shared.InvalidInputException;
import fr.iae.conventioning.shared.NotFoundException;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The outbox as administrators see it: what waits, what was sent, what failed and why; a failed mail can be retried. */
@RestController
@RequestMapping("/api/admin/mail")
class MailAdminController {

  private final MailMessageRepository messages;
  private final CurrentUserProvider currentUser;
  private final Clock clock;

  public MailAdminController(MailMessageRepository messages, CurrentUserProvider currentUser, Clock clock) {
    this.messages = messages;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @GetMapping
  public List<Map<String, Object>> list(@RequestParam(required = false) String status,
      @RequestParam(defaultValue = "100") int limit) {
    requireAdmin();
    PageRequest page = PageRequest.of(0, Math.max(1, Math.min(limit, 1000)));
    List<MailMessage> found = status == null ? messages.findAllByOrderByIdDesc(page)
        : messages.findByStatusOrderByIdDesc(parse(status), page);
    return found.stream().map(MailAdminController::view).toList();
  }

  @PostMapping("/{id}/retry")
  @Transactional
  public Map<String, Object> retry(@PathVariable Long id) {
    requireAdmin();
    MailMessage message = messages.findById(id)
        .orElseThrow(() -> new NotFoundException("Le message " + id + " n'existe pas."));
    if (messages.retry(id, clock.instant()) == 0) {
      throw new InvalidInputException("Seul un message en échec peut être renvoyé (celui-ci est " + message.getStatus() + ").");
    }
    return Map.of("id", id, "status", MailMessage.Status.PENDING.name());
  }

  private void requireAdmin() {
    if (!currentUser.require().isAdmin()) {
      throw new ForbiddenException("Seul un administrateur peut consulter la file des messages.");
    }
  }

  private static MailMessage.Status parse(String status) {
    return Arrays.stream(MailMessage.Status.values()).filter(s -> s.name().equalsIgnoreCase(status)).findFirst()
        .orElseThrow(() -> new InvalidInputException("État inconnu « " + status + " » : PENDING, SENDING, SENT ou FAILED."));
  }

  private static Map<String, Object> view(MailMessage message) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", message.getId());
    view.put("event", message.getEventKey());
    view.put("recipient", message.getRecipient());
    view.put("subject", message.getSubject());
    view.put("status", message.getStatus().name());
    view.put("attempts", message.getAttempts());
    view.put("nextAttemptAt", message.getNextAttemptAt().toString());
    view.put("lastError", message.getLastError());
    view.put("createdAt", message.getCreatedAt().toString());
    view.put("sentAt", message.getSentAt() == null ? null : message.getSentAt().toString());
    return view;
  }
}
