package fr.iae.conventioning.funding.document;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionStatus;
import fr.iae.conventioning.convention.ConventionService;
import fr.iae.conventioning.convention.InsertionProjects;
import fr.iae.conventioning.convention.ProjectContent;
import fr.iae.conventioning.funding.FundingTexts;
import fr.iae.conventioning.funding.approval.ApprovalService;
import fr.iae.conventioning.funding.approval.CdiaeOpinionRecord;
import fr.iae.conventioning.funding.approval.MeansDecision;
import fr.iae.conventioning.funding.approval.Signature;
import fr.iae.conventioning.funding.conference.CommitmentStatus;
import fr.iae.conventioning.funding.conference.ConferenceService;
import fr.iae.conventioning.funding.conference.FundersConference;
import fr.iae.conventioning.notification.MailMessage.Attachment;
import fr.iae.conventioning.notification.Outbox;
import fr.iae.conventioning.notification.Recipients;
import fr.iae.conventioning.shared.ConventioningProperties;
import fr.iae.conventioning.shared.FrenchFormat;
import fr.iae.conventioning.shared.NotFoundException;
import fr.iae.conventioning.structure.Department;
import fr.iae.conventioning.structure.Structure;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of stage 3 for the structure: the signed convention, generated as PDF, kept, and sent to the structure;
 * or the refusal, sent with its reasons.
 */
@Service
public class SignedConventionService {

  public static final String CONVENTION_SIGNED = "convention-signed";
  public static final String CONVENTION_REFUSED = "convention-refused";

  private final ConventionService conventions;
  private final InsertionProjects projects;
  private final ConferenceService conferences;
  private final ApprovalService approval;
  private final FundingTexts texts;
  private final ConventionDocumentRepository documents;
  private final Outbox outbox;
  private final Recipients recipients;
  private final ConventioningProperties properties;
  private final Clock clock;

  SignedConventionService(ConventionService conventions, InsertionProjects projects, ConferenceService conferences,
      ApprovalService approval, FundingTexts texts, ConventionDocumentRepository documents, Outbox outbox,
      Recipients recipients, ConventioningProperties properties, Clock clock) {
    this.conventions = conventions;
    this.projects = projects;
    this.conferences = conferences;
    this.approval = approval;
    this.texts = texts;
    this.documents = documents;
    this.outbox = outbox;
    this.recipients = recipients;
    this.properties = properties;
    this.clock = clock;
  }

  /** Generates and keeps the signed convention, and sends it to the structure's members and contact address. */
  @Transactional
  public ConventionDocument issue(String reference) {
    Convention convention = conventions.find(reference);
    byte[] pdf = SignedConventionPdf.render(sheet(convention));
    String fileName = "convention-" + reference + ".pdf";
    ConventionDocument document = documents.findById(convention.getId())
        .map(existing -> {
          existing.replace(pdf, clock.instant());
          return existing;
        })
        .orElseGet(() -> documents.save(new ConventionDocument(convention.getId(), fileName, pdf, clock.instant())));
    FundersConference conference = conferences.latestConference(convention.getId()).orElseThrow();
    Map<String, Object> model = model(convention);
    model.put("planTotal", FrenchFormat.euros(conference.planTotal()));
    model.put("agreedFte", FrenchFormat.number(conference.getAgreedFte(), 2));
    outbox.write(CONVENTION_SIGNED + ":" + reference + ":" + conference.getNumber(),
        recipients.ofStructure(convention.getStructure()), CONVENTION_SIGNED, model,
        new Attachment(fileName, "application/pdf", pdf));
    return document;
  }

  /** Tells the structure its convention is refused, and why. */
  @Transactional
  public void announceRefusal(String reference) {
    Convention convention = conventions.find(reference);
    FundersConference conference = conferences.latestConference(convention.getId()).orElseThrow();
    Map<String, Object> model = model(convention);
    model.put("reasons", texts.refusalReasons(reference));
    model.put("decisionComment", approval.decisionsOn(conference).stream()
        .reduce((first, second) -> second).map(MeansDecision::getComment).orElse(""));
    outbox.write(CONVENTION_REFUSED + ":" + reference, recipients.ofStructure(convention.getStructure()),
        CONVENTION_REFUSED, model);
  }

  /**
   * The convention as it will be signed, for its signatories while the signatures are collected: from the CDIAE's
   * opinion until the document is issued. Empty before (nothing to sign yet) and after (the signed one exists).
   */
  @Transactional(readOnly = true)
  public Optional<byte[]> draft(Convention convention) {
    return hasDraft(convention) ? Optional.of(SignedConventionPdf.render(sheet(convention), true)) : Optional.empty();
  }

  /** Whether the signatures are being collected: the draft exists from the CDIAE's opinion to the signed document. */
  @Transactional(readOnly = true)
  public boolean hasDraft(Convention convention) {
    return convention.getStatus() == ConventionStatus.SIGNATURE && documents.findById(convention.getId()).isEmpty();
  }

  @Transactional(readOnly = true)
  public Optional<ConventionDocument> document(Convention convention) {
    return documents.findById(convention.getId());
  }

  private static String signatory(Signature signature, Convention convention) {
    return switch (signature.getParty()) {
      case PREFECT -> "Pour l'État, le préfet du département";
      case EMPLOYMENT_AGENCY -> "Pour France Travail";
      case STRUCTURE -> "Pour la structure, " + convention.getStructure().getName();
      case DEPARTMENT -> "Pour le Conseil départemental, cofinanceur";
    };
  }

  private Map<String, Object> model(Convention convention) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("reference", convention.getReference());
    model.put("structureName", convention.getStructure().getName());
    model.put("department", convention.getStructure().getDepartment());
    model.put("start", FrenchFormat.date(convention.getStartDate()));
    model.put("end", FrenchFormat.date(convention.getEndDate()));
    model.put("documentUrl", properties.baseUrl() + "/espace/conventions/" + convention.getReference());
    return model;
  }

  ConventionSheet sheet(Convention convention) {
    ProjectContent project = projects.latest(convention.getId())
        .orElseThrow(() -> new NotFoundException("La convention " + convention.getReference() + " n'a pas de projet."));
    FundersConference conference = conferences.latestConference(convention.getId()).orElseThrow();
    CdiaeOpinionRecord opinion = approval.opinionsOn(conference).stream()
        .max(Comparator.comparing(CdiaeOpinionRecord::getRecordedAt)).orElseThrow();
    ZoneId zone = properties.zone();
    List<ConventionSheet.SignatureLine> signatures = approval.signaturesOn(conference).stream()
        .filter(s -> s.isSigned())
        .map(s -> new ConventionSheet.SignatureLine(signatory(s, convention), s.getSignerName(),
            s.getSignedAt().atZone(zone).toLocalDate()))
        .toList();
    List<ConventionSheet.Contribution> contributions = conference.getCommitments().stream()
        .filter(c -> c.getStatus() == CommitmentStatus.COMMITTED)
        .map(c -> new ConventionSheet.Contribution(c.getFunder().getName(), c.getNature().label(), c.getAmount()))
        .toList();
    Structure structure = convention.getStructure();
    String department = Department.name(structure.getDepartment()) + " (" + structure.getDepartment() + ")";
    return new ConventionSheet(
        new ConventionSheet.Parties(convention.getReference(), structure.getName(), structure.getSiret(),
            structure.getKind().label(), department),
        new ConventionSheet.Period(convention.getStartDate(), convention.getEndDate(), convention.getDurationMonths()),
        List.of(new ConventionSheet.Axis("Axe 1 — Accueil et intégration", project.axisReception()),
            new ConventionSheet.Axis("Axe 2 — Accompagnement social et professionnel", project.axisSupport()),
            new ConventionSheet.Axis("Axe 3 — Formation des salariés en insertion", project.axisTraining()),
            new ConventionSheet.Axis("Axe 4 — Contribution à l'activité économique et au développement territorial",
                project.axisTerritory())),
        new ConventionSheet.Objectives(convention.getTargetDurable(), convention.getTargetTransition(),
            convention.getTargetPositive(), convention.getOtherObjectives()),
        new ConventionSheet.Means(conference.getAgreedFte(), conference.getUnitAmount(), conference.getUnitAmountYear(),
            conference.getBaseAid(), conference.getModulationRate(), conference.getModulatedAid(),
            conference.stateAid(), contributions, conference.planTotal()),
        new ConventionSheet.CdiaeOpinion(opinion.getOpinion().label(), opinion.getSessionDate(), opinion.getComment()),
        signatures);
  }
}
