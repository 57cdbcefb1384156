package fr.iae.conventioning.funding;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionService;
import fr.iae.conventioning.funding.FundingEnums.CommitmentStatus;
import fr.iae.conventioning.funding.FundingEnums.Party;
import fr.iae.conventioning.notification.MailMessage.Attachment;
import fr.iae.conventioning.notification.MailMessage.Recipient;
import fr.iae.conventioning.notification.Outbox;
import fr.iae.conventioning.notification.Recipients;
import fr.iae.conventioning.project.ProjectContent;
import fr.iae.conventioning.project.ProjectService;
import fr.iae.conventioning.security.Actor;
import fr.iae.conventioning.shared.ConventioningProperties;
import fr.iae.conventioning.shared.FrenchFormat;
import fr.iae.conventioning.shared.NotFoundException;
import fr.iae.conventioning.structure.Department;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
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
  private final ProjectService projects;
  private final FundingService funding;
  private final ConventionDocumentRepository documents;
  private final Outbox outbox;
  private final Recipients recipients;
  private final ConventioningProperties properties;
  private final Clock clock;

  public SignedConventionService(ConventionService conventions, ProjectService projects, FundingService funding,
      ConventionDocumentRepository documents, Outbox outbox, Recipients recipients, ConventioningProperties properties,
      Clock clock) {
    this.conventions = conventions;
    this.projects = projects;
    this.funding = funding;
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
    FundersConference conference = funding.latestConference(convention.getId()).orElseThrow();
    Map<String, Object> model = model(convention);
    model.put("planTotal", FrenchFormat.euros(conference.planTotal()));
    model.put("agreedFte", FrenchFormat.number(conference.getAgreedFte(), 2));
    outbox.write(CONVENTION_SIGNED + ":" + reference + ":" + conference.getNumber(), structureRecipients(convention),
        CONVENTION_SIGNED, model, new Attachment(fileName, "application/pdf", pdf));
    return document;
  }

  /** Tells the structure its convention is refused, and why. */
  @Transactional
  public void announceRefusal(String reference) {
    Convention convention = conventions.find(reference);
    FundersConference conference = funding.latestConference(convention.getId()).orElseThrow();
    Map<String, Object> model = model(convention);
    model.put("reasons", funding.refusalReasons(reference));
    model.put("decisionComment", funding.decisions(convention.getId()).stream()
        .filter(d -> d.getConference().getId().equals(conference.getId()))
        .reduce((first, second) -> second).map(MeansDecision::getComment).orElse(""));
    outbox.write(CONVENTION_REFUSED + ":" + reference, structureRecipients(convention), CONVENTION_REFUSED, model);
  }

  @Transactional(readOnly = true)
  public Optional<ConventionDocument> document(Convention convention) {
    return documents.findById(convention.getId());
  }

  private Map<String, Object> model(Convention convention) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("reference", convention.getReference());
    model.put("structureName", convention.getStructure().getName());
    model.put("start", FrenchFormat.date(convention.getStartDate()));
    model.put("end", FrenchFormat.date(convention.getEndDate()));
    model.put("documentUrl", properties.baseUrl() + "/api/conventions/" + convention.getReference() + "/document");
    return model;
  }

  private List<Recipient> structureRecipients(Convention convention) {
    List<Recipient> result = new ArrayList<>(recipients.of(List.of(), List.of(Actor.STRUCTURE.group(
        convention.getStructure().getSiret()))));
    if (convention.getStructure().getEmail() != null) {
      result.add(new Recipient(null, convention.getStructure().getName(), convention.getStructure().getEmail()));
    }
    return result;
  }

  ConventionSheet sheet(Convention convention) {
    ProjectContent project = projects.latest(convention.getId())
        .orElseThrow(() -> new NotFoundException("La convention " + convention.getReference() + " n'a pas de projet."))
        .content();
    FundersConference conference = funding.latestConference(convention.getId()).orElseThrow();
    CdiaeOpinionRecord opinion = funding.opinions(convention.getId()).stream()
        .filter(o -> o.getConference().getId().equals(conference.getId()))
        .max(Comparator.comparing(CdiaeOpinionRecord::getRecordedAt)).orElseThrow();
    ZoneId zone = properties.zone();
    List<ConventionSheet.SignatureLine> signatures = funding.signatures(convention.getId()).stream()
        .filter(s -> s.getConference().getId().equals(conference.getId()) && s.isSigned())
        .map(s -> new ConventionSheet.SignatureLine(s.getParty() == Party.PREFECT
            ? "Pour l'État, le préfet du département" : "Pour Pôle emploi", s.getSignerName(),
            s.getSignedAt().atZone(zone).toLocalDate()))
        .toList();
    List<ConventionSheet.Contribution> contributions = conference.getCommitments().stream()
        .filter(c -> c.getStatus() == CommitmentStatus.COMMITTED)
        .map(c -> new ConventionSheet.Contribution(c.getFunder().getName(), c.getNature().label(), c.getAmount()))
        .toList();
    String department = Department.name(convention.getStructure().getDepartment()) + " ("
        + convention.getStructure().getDepartment() + ")";
    return new ConventionSheet(convention.getReference(), convention.getStructure().getName(),
        convention.getStructure().getSiret(), convention.getStructure().getKind().label(), department,
        convention.getStartDate(), convention.getEndDate(), convention.getDurationMonths(),
        List.of(new ConventionSheet.Axis("Axe 1 — Accueil et intégration", project.axisReception()),
            new ConventionSheet.Axis("Axe 2 — Accompagnement social et professionnel", project.axisSupport()),
            new ConventionSheet.Axis("Axe 3 — Formation des salariés en insertion", project.axisTraining()),
            new ConventionSheet.Axis("Axe 4 — Contribution à l'activité économique et au développement territorial",
                project.axisTerritory())),
        convention.getTargetDurable(), convention.getTargetTransition(), convention.getTargetPositive(),
        convention.getOtherObjectives(), conference.getAgreedFte(), conference.getUnitAmount(),
        conference.getUnitAmountYear(), conference.getBaseAid(), conference.getModulationRate(),
        conference.getModulatedAid(), conference.stateAid(), contributions, conference.planTotal(),
        opinion.getOpinion().label(), opinion.getSessionDate(), opinion.getComment(), signatures);
  }
}
