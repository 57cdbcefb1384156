package fr.iae.conventioning.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.iae.conventioning.notification.MailMessage.Recipient;
import fr.iae.conventioning.support.Api;
import fr.iae.conventioning.support.Api.TestStructure;
import fr.iae.conventioning.support.ApplicationTest;
import fr.iae.conventioning.support.Mails;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@ApplicationTest
class NotificationIT {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired
  Api api;

  @Autowired
  MailDispatcher dispatcher;

  @Autowired
  MailMessageRepository messages;

  @Autowired
  Outbox outbox;

  @Autowired
  TaskService taskService;

  @Autowired
  ManagementService managementService;

  @Autowired
  JavaMailSender sender;

  @Autowired
  MailProperties mailProperties;

  @Autowired
  PlatformTransactionManager transactionManager;

  @Autowired
  java.time.Clock clock;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private List<MimeMessage> mailsTo(String userId) {
    return Mails.to(smtp.getReceivedMessages(), userId + "@example.org");
  }

  private Task openTask(String reference) {
    return taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
  }

  @Test
  void aNewTaskIsAnnouncedOnceToEachMemberOfItsGroupInFrench() throws Exception {
    TestStructure structure = api.newStructure("59", "ACI");
    String colleague = api.addUser("siae-" + structure.siret(), "test-collegue-" + structure.siret());
    String reference = api.startConvention("direccte.59", structure.siret(), "2027-01-01", 36);
    Task task = openTask(reference);

    Mails.sendAll(dispatcher);

    for (String user : List.of(structure.userId(), colleague)) {
      List<MimeMessage> mails = mailsTo(user);
      assertThat(mails).hasSize(1);
      MimeMessage mail = mails.get(0);
      assertThat(mail.getSubject()).isEqualTo("[" + reference + "] Nouvelle tâche : Rédiger le projet d'insertion et la demande d'aide");
      String body = Mails.text(mail);
      assertThat(body).contains("Structure de test " + structure.siret(), "Nord (59)");
      String due = fr.iae.conventioning.shared.FrenchFormat.longDate(
          task.getDueDate().toInstant().atZone(ZoneId.of("Europe/Paris")).toLocalDate());
      assertThat(body).contains("au plus tard le " + due);
      assertThat(body).contains("http://conventionnement.test/camunda/app/tasklist/default/#/?task=" + task.getId());
    }
    assertThat(mailsTo("direccte.59").stream().filter(mentions(reference))).isEmpty();
  }

  @Test
  void aFileSentBackSaysSoAndWhyAndLinksToTheWorkspace() throws Exception {
    TestStructure structure = api.newStructure("59", "EI");
    String reference = api.startConvention("direccte.59", structure.siret(), "2027-01-01", 36);
    api.completeTask(structure.userId(), reference, "submitInsertionProject", fr.iae.conventioning.support.Stages.project(8));
    api.completeTask("direccte.59", reference, "reviewApplication", Map.of("applicationComplete", false,
        "reviewComment", "L'axe 3 ne dit pas quelles formations sont prévues."));
    Mails.sendAll(dispatcher);

    List<MimeMessage> mails = mailsTo(structure.userId()).stream().filter(mentions(reference)).toList();
    assertThat(mails).extracting(Mails::subject).containsExactly(
        "[" + reference + "] Nouvelle tâche : Rédiger le projet d'insertion et la demande d'aide",
        "[" + reference + "] Dossier renvoyé : Rédiger le projet d'insertion et la demande d'aide");
    String body = Mails.text(mails.get(1));
    assertThat(body).contains("Votre dossier vous est renvoyé pour être complété", "L'axe 3 ne dit pas quelles"
        + " formations sont prévues.", "http://conventionnement.test/espace/conventions/" + reference)
        .doesNotContain("/api/");
  }

  private static java.util.function.Predicate<MimeMessage> mentions(String reference) {
    return mail -> Mails.subject(mail).contains(reference);
  }

  @Test
  void aMemberWithoutAnEmailAddressIsSkippedAndTheOthersAreTold() {
    TestStructure structure = api.newStructure("62", "ACI");
    Api.Response created = api.post(Api.ADMIN, "/engine-rest/user/create", Map.of(
        "profile", Map.of("id", "test-sans-adresse-" + structure.siret(), "firstName", "Sans", "lastName", "Adresse"),
        "credentials", Map.of("password", "motdepasse")));
    assertThat(created.status()).isEqualTo(204);
    api.put(Api.ADMIN, "/engine-rest/group/siae-" + structure.siret() + "/members/test-sans-adresse-" + structure.siret(),
        null);
    String reference = api.startConvention("direccte.62", structure.siret(), "2027-01-01", 36);

    List<MailMessage> written = messages.findByEventKeyStartingWithOrderById("task-created:" + openTask(reference).getId());
    assertThat(written).extracting(MailMessage::getRecipient).containsExactly(structure.userId() + "@example.org");
  }

  @Test
  void theReminderAndTheEscalationReachTheRightPeopleAndTheTaskStaysOpen() throws Exception {
    TestStructure structure = api.newStructure("59", "EI");
    String reference = api.startConvention("direccte.59", structure.siret(), "2027-01-01", 36);
    Task task = openTask(reference);
    Mails.sendAll(dispatcher);
    Job reminder = managementService.createJobQuery().processInstanceId(task.getProcessInstanceId()).timers()
        .singleResult();

    ClockUtil.setCurrentTime(Date.from(reminder.getDuedate().toInstant().plusSeconds(60)));
    managementService.executeJob(reminder.getId());
    Mails.sendAll(dispatcher);
    assertThat(mailsTo(structure.userId()).stream().filter(mentions(reference)).map(Mails::subject))
        .containsExactly("[" + reference + "] Nouvelle tâche : Rédiger le projet d'insertion et la demande d'aide",
            "[" + reference + "] Rappel : Rédiger le projet d'insertion et la demande d'aide, à faire avant le "
                + fr.iae.conventioning.shared.FrenchFormat.longDate(task.getDueDate().toInstant()
                    .atZone(ZoneId.of("Europe/Paris")).toLocalDate()));
    assertThat(mailsTo("direccte.59").stream().filter(mentions(reference))).isEmpty();

    Job escalation = managementService.createJobQuery().processInstanceId(task.getProcessInstanceId()).timers()
        .singleResult(); // created when the reminder fired, at the task's due date
    assertThat(escalation.getDuedate()).isEqualTo(task.getDueDate());
    ClockUtil.setCurrentTime(Date.from(escalation.getDuedate().toInstant().plusSeconds(60)));
    managementService.executeJob(escalation.getId());
    Mails.sendAll(dispatcher);
    assertThat(mailsTo(structure.userId()).stream().filter(mentions(reference)).map(Mails::subject))
        .contains("[" + reference + "] Échéance dépassée : Rédiger le projet d'insertion et la demande d'aide")
        .hasSize(3);
    List<MimeMessage> toState = mailsTo("direccte.59").stream().filter(mentions(reference)).toList();
    assertThat(toState).hasSize(1);
    assertThat(Mails.text(toState.get(0))).contains("service de l'État du département");
    assertThat(openTask(reference).getId()).isEqualTo(task.getId());
  }

  @Test
  void withTheSmtpServerDownProcessesGoOnAndMailsLeaveOnceWhenItComesBack() throws Exception {
    smtp.stop();
    TestStructure structure = api.newStructure("62", "AI");
    String reference = api.startConvention("direccte.62", structure.siret(), "2027-01-01", 36);
    assertThat(openTask(reference)).isNotNull();

    Mails.sendAll(dispatcher);
    MailMessage waiting = messages.findByEventKeyStartingWithOrderById("task-created:" + openTask(reference).getId())
        .get(0);
    assertThat(waiting.getStatus()).isEqualTo(MailMessage.Status.PENDING);
    assertThat(waiting.getAttempts()).isEqualTo(1);
    assertThat(waiting.getLastError()).isNotBlank();
    assertThat(waiting.getNextAttemptAt()).isAfter(Instant.now());

    smtp.start();
    Mails.sendAll(dispatcher);
    assertThat(mailsTo(structure.userId())).isEmpty(); // not due yet: it waits its back-off

    ClockUtil.setCurrentTime(Date.from(waiting.getNextAttemptAt().plusSeconds(1)));
    Mails.sendAll(dispatcher);
    Mails.sendAll(dispatcher);
    assertThat(mailsTo(structure.userId())).hasSize(1);
    assertThat(messages.findById(waiting.getId()).orElseThrow().getStatus()).isEqualTo(MailMessage.Status.SENT);
  }

  @Test
  void theSameEventHandledTwiceSendsOneMail() throws Exception {
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);
    List<Recipient> recipients = List.of(new Recipient("test-twice", "Agent Deux Fois", "test-twice@example.org"));
    Map<String, Object> model = Map.of("taskName", "Tâche", "taskDescription", "", "reference", "ACI059990001",
        "structureName", "S", "departmentName", "Nord (59)", "dueDate", "lundi 15 mars 2027",
        "dueDateTime", "lundi 15 mars 2027 à 18h00", "taskUrl", "http://x", "assignee", "");

    Integer first = transaction.execute(status -> outbox.write("test-event:twice", recipients, "task-created", model));
    Integer second = transaction.execute(status -> outbox.write("test-event:twice", recipients, "task-created", model));
    Mails.sendAll(dispatcher);

    assertThat(first).isEqualTo(1);
    assertThat(second).isZero();
    assertThat(mailsTo("test-twice")).hasSize(1);
  }

  @Test
  void twoNodesSharingTheDatabaseSendEachMessageOnce() throws Exception {
    Mails.sendAll(dispatcher);
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);
    int count = 40;
    for (int i = 0; i < count; i++) {
      String user = "test-node-" + i;
      transaction.execute(status -> outbox.write("test-event:nodes:" + user,
          List.of(new Recipient(user, user, user + "@example.org")), "task-created",
          Map.of("taskName", "Tâche " + user, "taskDescription", "", "reference", "", "structureName", "",
              "departmentName", "", "dueDate", "", "dueDateTime", "", "taskUrl", "http://x", "assignee", "")));
    }
    MailDispatcher nodeA = new MailDispatcher(messages, sender, mailProperties, transaction, clock, "node-a");
    MailDispatcher nodeB = new MailDispatcher(messages, sender, mailProperties, transaction, clock, "node-b");

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> a = pool.submit(nodeA::dispatchDue);
      Future<Integer> b = pool.submit(nodeB::dispatchDue);
      assertThat(a.get() + b.get()).isEqualTo(count);
    } finally {
      pool.shutdown();
    }

    long delivered = Arrays.stream(smtp.getReceivedMessages()).filter(mail -> Mails.subject(mail).contains("test-node-")).count();
    assertThat(delivered).isEqualTo(count);
    for (int i = 0; i < count; i++) {
      assertThat(mailsTo("test-node-" + i)).as("test-node-" + i).hasSize(1);
    }
  }

  @Test
  void aMessageClaimedByANodeThatStoppedIsSentByAnotherOnceTheClaimExpires() throws Exception {
    Mails.sendAll(dispatcher);
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);
    transaction.execute(status -> outbox.write("test-event:stale-claim",
        List.of(new Recipient("test-stale", "Agent", "test-stale@example.org")), "task-created",
        Map.of("taskName", "Tâche reprise", "taskDescription", "", "reference", "", "structureName", "",
            "departmentName", "", "dueDate", "", "dueDateTime", "", "taskUrl", "http://x", "assignee", "")));
    Long id = messages.findByEventKeyStartingWithOrderById("test-event:stale-claim").get(0).getId();
    Instant now = clock.instant();
    // node-gone took the message, then stopped before sending it
    Integer claimed = transaction.execute(status -> messages.claim(id, "node-gone", now,
        now.plus(mailProperties.claimTimeout())));
    assertThat(claimed).isEqualTo(1);

    Mails.sendAll(dispatcher);
    assertThat(mailsTo("test-stale")).isEmpty();

    java.time.Clock later = java.time.Clock.offset(clock, mailProperties.claimTimeout().plusMinutes(1));
    int sent = new MailDispatcher(messages, sender, mailProperties, transaction, later, "node-b").dispatchDue();
    assertThat(sent).isPositive();
    assertThat(mailsTo("test-stale")).hasSize(1);
    assertThat(messages.findById(id).orElseThrow().getStatus()).isEqualTo(MailMessage.Status.SENT);
  }

  @Test
  void aMessageThatKeepsFailingIsVisibleToAdministratorsAndCanBeRetried() throws Exception {
    smtp.stop();
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);
    transaction.execute(status -> outbox.write("test-event:failing",
        List.of(new Recipient("test-failing", "Agent", "test-failing@example.org")), "task-created",
        Map.of("taskName", "Tâche en échec", "taskDescription", "", "reference", "", "structureName", "",
            "departmentName", "", "dueDate", "", "dueDateTime", "", "taskUrl", "http://x", "assignee", "")));
    MailProperties oneAttempt = new MailProperties(mailProperties.from(), false, Duration.ofSeconds(15), 50, 1,
        Duration.ofMinutes(1), Duration.ofHours(2), Duration.ofMinutes(5), Map.of());
    new MailDispatcher(messages, sender, oneAttempt, transaction, clock, "node-strict").dispatchDue();

    Api.Response failed = api.get(Api.ADMIN, "/api/admin/mail?status=FAILED");
    assertThat(failed.status()).isEqualTo(200);
    com.fasterxml.jackson.databind.JsonNode message = java.util.stream.StreamSupport
        .stream(failed.body().spliterator(), false)
        .filter(node -> node.get("event").asText().equals("test-event:failing")).findFirst().orElseThrow();
    assertThat(message.get("lastError").asText()).isNotBlank();
    assertThat(message.get("attempts").asInt()).isEqualTo(1);
    assertThat(api.get("direccte.59", "/api/admin/mail").status()).isEqualTo(403);

    smtp.start();
    assertThat(api.post(Api.ADMIN, "/api/admin/mail/" + message.get("id").asText() + "/retry", null).status())
        .isEqualTo(200);
    Mails.sendAll(dispatcher);
    assertThat(mailsTo("test-failing")).hasSize(1);
  }
}
