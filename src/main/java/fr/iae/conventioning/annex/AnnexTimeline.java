package fr.iae.conventioning.annex;

import static fr.iae.conventioning.convention.TimelineEntry.quoted;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionStatus;
import fr.iae.conventioning.convention.ConventionTimeline;
import fr.iae.conventioning.convention.TimelineEntry;
import fr.iae.conventioning.security.Actor;
import fr.iae.conventioning.security.CurrentUser;
import fr.iae.conventioning.shared.FrenchFormat;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Each financial annex proposed to the structure and its signatures or rejection; the State service's draft is
 * not shown, nor are the annexes signed with the convention (their signatures are the convention's).
 */
@Component
class AnnexTimeline implements ConventionTimeline {

  private final AnnexService annexes;

  AnnexTimeline(AnnexService annexes) {
    this.annexes = annexes;
  }

  @Override
  public void addTo(Convention convention, CurrentUser viewer, List<TimelineEntry> entries) {
    for (FinancialAnnex annex : annexes.of(convention.getId())) {
      if (annex.getStatus() == AnnexStatus.BROUILLON || annex.getProposedAt() == null
          || annex.isSignedWithConvention()) {
        continue;
      }
      String name = "Annexe financière " + annex.getNumber();
      entries.add(new TimelineEntry(annex.getProposedAt(), annex.getProposedBy(), Actor.STATE,
          ConventionStatus.ACTIVE, quoted(name + (annex.getAmendment() > 0 ? " (avenant)" : "") + " proposée : "
              + FrenchFormat.number(annex.getFte(), 2) + " ETP, modulation " + FrenchFormat.percent(
              annex.getModulationRate()) + ", total " + FrenchFormat.euros(annex.getTotalAmount()),
              annex.getAmendment() > 0 ? annex.getAmendmentReason() : annex.getModulationReason())));
      add(entries, annex.getStructureSignedAt(), annex.getStructureSignedBy(), Actor.STRUCTURE,
          name + " signée par la structure");
      add(entries, annex.getDepartmentSignedAt(), annex.getDepartmentSignedBy(), Actor.FUNDER,
          name + " signée par le Conseil départemental");
      add(entries, annex.getPrefectSignedAt(), annex.getPrefectSignedBy(), Actor.PREFECTURE,
          name + " signée par le préfet");
      if (annex.getRejectedAt() != null) {
        entries.add(new TimelineEntry(annex.getRejectedAt(), annex.getRejectedBy(), null, ConventionStatus.ACTIVE,
            quoted(name + " renvoyée", annex.getRejection())));
      }
    }
  }

  private static void add(List<TimelineEntry> entries, java.time.Instant at, String by, Actor party, String what) {
    if (at != null) {
      entries.add(new TimelineEntry(at, by, party, ConventionStatus.ACTIVE, what));
    }
  }
}
