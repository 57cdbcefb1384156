package fr.iae.conventioning.followup;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.notification.Outbox;
import fr.iae.conventioning.notification.Recipients;
import fr.iae.conventioning.security.Actor;
import fr.iae.conventioning.shared.ConventioningProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly dialogue de gestion's invitation: the structure, France Travail and the co-funders are told it is to be
 * held, with the year's figures it will review (docs/domain.md, stage 4).
 */
@Service
class DialogueInvitation {

  public static final String KIND = "management-dialogue";

  private final FollowUpService followUp;
  private final Outbox outbox;
  private final Recipients recipients;
  private final ConventioningProperties properties;

  DialogueInvitation(FollowUpService followUp, Outbox outbox, Recipients recipients,
      ConventioningProperties properties) {
    this.followUp = followUp;
    this.outbox = outbox;
    this.recipients = recipients;
    this.properties = properties;
  }

  @Transactional
  public void send(String reference) {
    FollowUpReport report = followUp.latest(reference);
    Convention convention = report.getConvention();
    String department = convention.getStructure().getDepartment();
    Map<String, Object> model = CdiaeInformation.reportModel(reference, report, followUp.progress(report),
        properties.zone());
    List<String> groups = new ArrayList<>(List.of(convention.getStructure().groupId(),
        Actor.EMPLOYMENT_AGENCY.group(department)));
    followUp.agreement(reference).ifPresent(agreement -> groups.addAll(agreement.cofunderGroups()));
    outbox.write(KIND + ":" + reference + ":" + report.getId(), recipients.of(List.of(), groups), KIND, model);
  }
}
