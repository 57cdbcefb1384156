package fr.iae.conventioning.convention;

import fr.iae.conventioning.engine.AsApplication;
import fr.iae.conventioning.security.Actor;
import fr.iae.conventioning.security.CurrentUser;
import fr.iae.conventioning.shared.FrenchFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A convention's timeline, oldest first, from every stage's records, for a viewer who may see the convention. */
@Service
public class ConventionHistory {

  private final ConventionAccess access;
  private final List<ConventionTimeline> stages;
  private final IdentityService identityService;

  public ConventionHistory(ConventionAccess access, List<ConventionTimeline> stages, IdentityService identityService) {
    this.access = access;
    this.stages = stages;
    this.identityService = identityService;
  }

  @Transactional(readOnly = true)
  public List<TimelineEntry> of(CurrentUser viewer, String reference) {
    return of(viewer, access.require(viewer, reference));
  }

  @Transactional(readOnly = true)
  public List<TimelineEntry> of(CurrentUser viewer, Convention convention) {
    List<TimelineEntry> entries = new ArrayList<>();
    entries.add(new TimelineEntry(convention.getCreatedAt(), convention.getCreatedBy(),
        convention.getCreatedBy() == null ? null : Actor.STATE, ConventionStatus.PROJECT,
        (convention.getPreviousConvention() == null ? "Convention ouverte"
            : "Convention ouverte en renouvellement de " + convention.getPreviousConvention().getReference())
            + " : " + convention.getDurationMonths() + " mois à compter du "
            + FrenchFormat.date(convention.getStartDate())));
    stages.forEach(stage -> stage.addTo(convention, viewer, entries));
    ConventionStatus status = convention.getStatus();
    if (!status.isInProgress()) {
      String ending = status == ConventionStatus.RENEWED ? "renouvelée"
          : status == ConventionStatus.REFUSED ? "refusée" : "close";
      entries.add(new TimelineEntry(convention.getUpdatedAt(), null, null, status, "Convention " + ending));
    }
    // stable: entries of the same instant keep the order their stage gave them
    entries.sort(Comparator.comparing(TimelineEntry::at));
    return entries;
  }

  /** The entries as JSON rows, with each actor's name as the identity service knows it. */
  public List<Map<String, Object>> rows(List<TimelineEntry> entries) {
    Map<String, String> names = names(entries);
    return entries.stream().map(entry -> {
      Map<String, Object> row = new java.util.LinkedHashMap<>();
      row.put("at", entry.at().toString());
      row.put("actor", entry.actor());
      row.put("actorName", entry.actor() == null ? null : names.getOrDefault(entry.actor(), entry.actor()));
      row.put("party", entry.party() == null ? null : entry.party().name());
      row.put("partyLabel", entry.party() == null ? "Application" : entry.party().label());
      row.put("stage", entry.stage().name());
      row.put("stageLabel", entry.stage().label());
      row.put("what", entry.what());
      return row;
    }).toList();
  }

  /** First and last names of the entries' actors, one query. */
  public Map<String, String> names(List<TimelineEntry> entries) {
    String[] ids = entries.stream().map(TimelineEntry::actor).filter(Objects::nonNull).distinct()
        .toArray(String[]::new);
    Map<String, String> names = new HashMap<>();
    if (ids.length > 0) {
      // the names of who acted on a convention the viewer may see, whatever the viewer may read of the users
      List<User> users = AsApplication.call(identityService, () -> identityService.createUserQuery().userIdIn(ids).list());
      for (User user : users) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
            + (user.getLastName() == null ? "" : user.getLastName())).strip();
        names.put(user.getId(), name.isEmpty() ? user.getId() : name);
      }
    }
    return names;
  }
}
