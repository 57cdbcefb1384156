package fr.iae.conventioning.followup;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.notification.Outbox;
import fr.iae.conventioning.notification.Recipients;
import fr.iae.conventioning.security.Actor;
import fr.iae.conventioning.shared.ConventioningProperties;
import fr.iae.conventioning.shared.FrenchFormat;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** After each review, the CDIAE is told how the convention is doing (docs/domain.md, stage 4). */
@Service
class CdiaeInformation {

  public static final String KIND = "cdiae-information";

  private final FollowUpService followUp;
  private final Outbox outbox;
  private final Recipients recipients;
  private final ConventioningProperties properties;

  public CdiaeInformation(FollowUpService followUp, Outbox outbox, Recipients recipients,
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
    Progress progress = followUp.progress(report);
    Map<String, Object> model = reportModel(reference, report, progress, properties.zone());
    outbox.write(KIND + ":" + reference + ":" + report.getId(),
        recipients.of(List.of(), List.of(Actor.CDIAE.group(convention.getStructure().getDepartment()))), KIND, model);
  }

  /** A report's figures for the e-mails that speak of it (this one, and the dialogue's invitation). */
  static Map<String, Object> reportModel(String reference, FollowUpReport report, Progress progress, ZoneId zone) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("reference", reference);
    model.put("structureName", report.getConvention().getStructure().getName());
    model.put("department", report.getConvention().getStructure().getDepartment());
    model.put("period", report.getPeriod());
    model.put("submittedOn", FrenchFormat.date(report.getSubmittedAt().atZone(zone).toLocalDate()));
    model.put("examinedExits", progress.rates().examinedExits());
    model.put("durableRate", FrenchFormat.percent(progress.rates().durableRate()));
    model.put("targetDurable", FrenchFormat.percent(progress.targetDurable()));
    model.put("dynamicRate", FrenchFormat.percent(progress.rates().dynamicRate()));
    model.put("targetDynamic", FrenchFormat.percent(progress.targetDynamic()));
    model.put("variantRate", FrenchFormat.percent(progress.rates().dynamicRateNetworkVariant()));
    model.put("fteRealized", FrenchFormat.number(progress.fteRealized(), 2));
    model.put("fteAgreed", FrenchFormat.number(progress.fteAgreed(), 2));
    model.put("fteRatio", FrenchFormat.percent(progress.fteRatio()));
    model.put("difficulties", Boolean.TRUE.equals(report.getDifficultiesFlagged()));
    model.put("followUpComment", report.getFollowUpComment() == null ? "" : report.getFollowUpComment());
    model.put("dialogueOutcome", report.getDialogueOutcome() == null ? "" : report.getDialogueOutcome());
    return model;
  }
}
