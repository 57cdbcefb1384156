package fr.iae.conventioning.convention;

import fr.iae.conventioning.security.Actor;
import fr.iae.conventioning.security.CurrentUser;
import fr.iae.conventioning.shared.ConflictException;
import fr.iae.conventioning.shared.ForbiddenException;
import fr.iae.conventioning.shared.FormValues;
import fr.iae.conventioning.shared.InvalidInputException;
import fr.iae.conventioning.shared.NotFoundException;
import fr.iae.conventioning.structure.Siret;
import fr.iae.conventioning.structure.StateServices;
import fr.iae.conventioning.structure.Structure;
import fr.iae.conventioning.structure.StructureRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens conventions (with their reference number) and keeps their status. */
@Service
public class ConventionService {

  private final ConventionRepository conventions;
  private final ReferenceCounterRepository counters;
  private final StructureRepository structures;
  private final Clock clock;
  private final StateServices stateServices;

  public ConventionService(ConventionRepository conventions, ReferenceCounterRepository counters,
      StructureRepository structures, Clock clock, StateServices stateServices) {
    this.conventions = conventions;
    this.counters = counters;
    this.structures = structures;
    this.clock = clock;
    this.stateServices = stateServices;
  }

  /** The State service of a convention's département as users read it: "DDETS du Nord". */
  public String stateServiceOf(Convention convention) {
    return stateServices.label(convention.getStructure().getDepartment());
  }

  /**
   * Checks a start request and records the new convention with its reference. Nothing is written when a rule
   * refuses the start; the reference counter moves in the same transaction, so a refused start leaves no gap.
   *
   * @param caller who starts it; empty when the engine itself starts it (a renewal, a test)
   */
  @Transactional
  public Convention open(FormValues request, String previousReference, Optional<CurrentUser> caller) {
    String siret = Siret.require(request.raw(ConventioningProcess.VAR_SIRET));
    LocalDate start = request.date(ConventioningProcess.VAR_CONVENTION_START, "Date de début de la convention");
    if (start.getYear() < ConventionRules.FIRST_YEAR || start.getYear() > ConventionRules.LAST_YEAR) {
      throw new InvalidInputException("La date de début de la convention doit être comprise entre "
          + ConventionRules.FIRST_YEAR + " et " + ConventionRules.LAST_YEAR + ".");
    }
    int duration = request.integer(ConventioningProcess.VAR_DURATION_MONTHS, "Durée de la convention (mois)");
    if (duration < ConventionRules.MIN_DURATION_MONTHS || duration > ConventionRules.MAX_DURATION_MONTHS) {
      throw new InvalidInputException("La durée de la convention doit être comprise entre "
          + ConventionRules.MIN_DURATION_MONTHS + " et " + ConventionRules.MAX_DURATION_MONTHS
          + " mois (reçu : " + duration + ").");
    }
    Structure structure = structures.findById(siret).orElseThrow(() -> new InvalidInputException(
        "Aucune structure n'est enregistrée avec le SIRET " + siret + "."));
    caller.ifPresent(user -> requireMayStart(user, structure));

    Convention previous = previousReference == null ? null : find(previousReference);
    if (previous != null && (previous.getStatus() != ConventionStatus.RENEWAL
        || !previous.getStructure().getSiret().equals(siret))) {
      throw new ConflictException("La convention " + previous.getReference() + " n'est pas en renouvellement pour"
          + " cette structure : une convention renouvelée s'ouvre seulement à l'issue de la décision de"
          + " renouvellement.");
    }
    List<Convention> inProgress = conventions.findByStructureSiretAndStatusIn(siret, inProgressStatuses()).stream()
        .filter(convention -> previous == null || !convention.getId().equals(previous.getId()))
        .toList();
    if (!inProgress.isEmpty()) {
      Convention current = inProgress.get(0);
      throw new ConflictException("La structure « " + structure.getName() + " » a déjà une convention en cours ("
          + current.getReference() + ", " + current.getStatus().label().toLowerCase() + ") : terminez-la avant d'en"
          + " ouvrir une nouvelle.");
    }

    // a renewal is a new convention with its own number, linked to its predecessor (the ASP's A<n>M<m> suffixes
    // name a convention's financial annexes); conventions renewed by v0.1.0 keep the numbers they were given
    String reference = nextReference(structure, start);
    String createdBy = caller.map(CurrentUser::userId).orElse(null);
    return conventions.save(new Convention(reference, structure, start, duration, previous, createdBy, clock.instant()));
  }

  /** What a renewed convention carries from its predecessor's renewal decision. */
  @Transactional
  public void inheritFromRenewal(String reference, BigDecimal proposedFte, String preconisations) {
    find(reference).inheritFromRenewal(proposedFte, preconisations);
  }

  @Transactional
  public void changeStatus(String reference, ConventionStatus status) {
    find(reference).changeStatus(status, clock.instant());
  }

  @Transactional
  public void attachProcessInstance(String reference, String processInstanceId) {
    find(reference).attachProcessInstance(processInstanceId);
  }

  @Transactional(readOnly = true)
  public Convention find(String reference) {
    return conventions.findByReference(reference)
        .orElseThrow(() -> new NotFoundException("La convention " + reference + " n'existe pas."));
  }

  private void requireMayStart(CurrentUser user, Structure structure) {
    if (user.isAdmin() || user.isMemberOf(Actor.STATE.group(structure.getDepartment()))) {
      return;
    }
    throw new ForbiddenException("Seuls les agents de la " + stateServices.label(structure.getDepartment()) + " ("
        + structure.getDepartment() + ") ou un administrateur peuvent ouvrir une convention pour « "
        + structure.getName() + " ».");
  }

  private String nextReference(Structure structure, LocalDate start) {
    String prefix = ConventionReference.prefix(structure.getKind(), structure.getDepartment(), start.getYear());
    ReferenceCounter counter = counters.lockByPrefix(prefix)
        .orElseGet(() -> counters.saveAndFlush(new ReferenceCounter(prefix)));
    int number = counter.next();
    if (number > ConventionReference.MAX_ORDER_NUMBER) {
      throw new ConflictException("Plus aucun numéro de convention n'est disponible pour " + prefix + " cette année.");
    }
    return ConventionReference.of(prefix, number);
  }

  private static List<ConventionStatus> inProgressStatuses() {
    return Arrays.stream(ConventionStatus.values()).filter(ConventionStatus::isInProgress).toList();
  }
}
