package fr.iae.conventioning.annex;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionAccess;
import fr.iae.conventioning.convention.ConventionService;
import fr.iae.conventioning.engine.AsApplication;
import fr.iae.conventioning.security.Actor;
import fr.iae.conventioning.security.CurrentUser;
import fr.iae.conventioning.shared.ConflictException;
import fr.iae.conventioning.shared.ForbiddenException;
import fr.iae.conventioning.shared.FormValues;
import java.math.BigDecimal;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The State service's amendment of the annex in force, from the API or the workspace: recorded, then announced to
 * stage 4 by the message {@value #MESSAGE}, where the structure accepts it and the prefect signs it.
 */
@Service
public class AnnexAmendments {

  /** The message that starts an amendment in stage 4 (docs/contract.md). */
  public static final String MESSAGE = "annexAmendmentRequested";

  private final ConventionAccess access;
  private final ConventionService conventions;
  private final AnnexService annexes;
  private final RuntimeService runtime;
  private final IdentityService identity;

  AnnexAmendments(ConventionAccess access, ConventionService conventions, AnnexService annexes, RuntimeService runtime,
      IdentityService identity) {
    this.access = access;
    this.conventions = conventions;
    this.annexes = annexes;
    this.runtime = runtime;
    this.identity = identity;
  }

  /** Whether this user may ask for an amendment on this convention: its département's State service. */
  public boolean mayRequest(CurrentUser user, Convention convention) {
    return user.isMemberOf(Actor.STATE.group(convention.getStructure().getDepartment()));
  }

  /** The amendment, numbered and priced; nothing is recorded when it is refused. */
  @Transactional
  public FinancialAnnex request(CurrentUser user, String reference, String number, FormValues form) {
    Convention convention = access.require(user, reference);
    if (!mayRequest(user, convention)) {
      throw new ForbiddenException("Seul le service de l'État du département (" + conventions.stateServiceOf(convention)
          + ") peut demander un avenant à une annexe financière.");
    }
    BigDecimal fte = form.fte("fte", "ETP d'insertion de l'avenant", false, annexes.maxFte());
    FinancialAnnex amendment = annexes.requestAmendment(reference, number, fte, form.optionalText("reason"),
        user.userId());
    AsApplication.call(identity, () -> {
      try {
        return runtime.createMessageCorrelation(MESSAGE).processInstanceBusinessKey(reference)
            .setVariable("amendmentNumber", amendment.getNumber())
            .setVariable("amendmentSummary", AnnexTexts.pricing(amendment))
            .correlateWithResult();
      } catch (MismatchingMessageCorrelationException e) {
        throw new ConflictException("La convention " + reference + " ne prend pas d'avenant à cette étape : elle suit"
            + " une procédure antérieure aux annexes financières annuelles ou n'est plus en suivi.");
      }
    });
    return amendment;
  }
}
