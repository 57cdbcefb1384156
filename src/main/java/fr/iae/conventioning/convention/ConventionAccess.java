package fr.iae.conventioning.convention;

import fr.iae.conventioning.security.Actor;
import fr.iae.conventioning.security.CurrentUser;
import fr.iae.conventioning.shared.NotFoundException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see which convention: administrators all; a structure its own; State service, Pôle emploi, CDIAE and
 * prefecture their département's; a funder the conventions it was invited to fund.
 */
@Service
public class ConventionAccess {

  private final ConventionRepository conventions;
  private final ObjectProvider<FunderInvitations> invitations;
  private final NamedParameterJdbcTemplate jdbc;

  public ConventionAccess(ConventionRepository conventions, ObjectProvider<FunderInvitations> invitations,
      NamedParameterJdbcTemplate jdbc) {
    this.conventions = conventions;
    this.invitations = invitations;
    this.jdbc = jdbc;
  }

  /**
   * One page of the conventions the user may see that match the search, found and sorted by the database; the
   * page counts from 0.
   */
  @Transactional(readOnly = true)
  public ConventionSearch.Page search(CurrentUser user, ConventionSearch search, int page, int size) {
    MapSqlParameterSource parameters = new MapSqlParameterSource();
    String where = where(user, search, parameters);
    Long total = jdbc.queryForObject("select count(*) from convention c join structure s on s.siret = c.siret"
        + where, parameters, Long.class);
    parameters.addValue("limit", size).addValue("offset", (long) page * size);
    boolean byDue = search.order() == ConventionSearch.Order.NEXT_DUE;
    List<Long> ids = jdbc.queryForList("select c.id from convention c join structure s on s.siret = c.siret"
        + (byDue ? " left join (select e.BUSINESS_KEY_ as reference, min(t.DUE_DATE_) as next_due from ACT_RU_TASK t"
            + " join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_ group by e.BUSINESS_KEY_) d"
            + " on d.reference = c.reference" : "")
        + where + " order by " + orderBy(search.order()) + " limit :limit offset :offset", parameters, Long.class);
    Map<Long, Convention> found = new HashMap<>();
    conventions.findAllById(ids).forEach(convention -> found.put(convention.getId(), convention));
    return new ConventionSearch.Page(ids.stream().map(found::get).filter(Objects::nonNull).toList(),
        total == null ? 0 : total);
  }

  /** The départements of the conventions the user may see, in order. */
  @Transactional(readOnly = true)
  public List<String> departments(CurrentUser user) {
    MapSqlParameterSource parameters = new MapSqlParameterSource();
    return jdbc.queryForList("select distinct s.department from convention c join structure s on s.siret = c.siret"
        + where(user, ConventionSearch.all(), parameters) + " order by s.department", parameters, String.class);
  }

  private String where(CurrentUser user, ConventionSearch search, MapSqlParameterSource parameters) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (!user.isAdmin()) {
      parameters.addValue("sirets", orNone(user.scopes(Actor.STRUCTURE)))
          .addValue("departments", orNone(user.departments()));
      where.append(" and (s.siret in (:sirets) or s.department in (:departments)");
      Set<String> funderGroups = funderGroups(user);
      List<Long> invited = new ArrayList<>();
      if (!funderGroups.isEmpty()) {
        invitations.orderedStream().forEach(source -> invited.addAll(source.conventionIdsInvitingAny(funderGroups)));
      }
      if (!invited.isEmpty()) {
        parameters.addValue("invited", invited);
        where.append(" or c.id in (:invited)");
      }
      where.append(')');
    }
    if (search.foldedText() != null) {
      parameters.addValue("text", "%" + likeEscaped(search.foldedText()) + "%");
      where.append(" and (s.search_name like :text escape '\\' or lower(c.reference) like :text escape '\\'");
      if (search.digits() != null) {
        parameters.addValue("siret", likeEscaped(search.digits()) + "%");
        where.append(" or s.siret like :siret escape '\\'");
      }
      where.append(')');
    }
    if (search.status() != null) {
      parameters.addValue("status", search.status().name());
      where.append(" and c.status = :status");
    }
    if (search.department() != null && !search.department().isBlank()) {
      parameters.addValue("department", search.department());
      where.append(" and s.department = :department");
    }
    if (search.overdueAt() != null) {
      parameters.addValue("overdueAt", Timestamp.from(search.overdueAt()));
      where.append(" and exists (select 1 from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_"
          + " where e.BUSINESS_KEY_ = c.reference and t.DUE_DATE_ < :overdueAt)");
    }
    return where.toString();
  }

  private static String orderBy(ConventionSearch.Order order) {
    return switch (order == null ? ConventionSearch.Order.NEWEST : order) {
      case NEWEST -> "c.created_at desc, c.id desc";
      case REFERENCE -> "c.reference desc";
      case STRUCTURE -> "s.search_name, c.reference";
      case STAGE -> Arrays.stream(ConventionStatus.values())
          .map(status -> " when '" + status.name() + "' then " + status.ordinal())
          .collect(Collectors.joining("", "case c.status", " end, c.reference"));
      case NEXT_DUE -> "case when d.next_due is null then 1 else 0 end, d.next_due, c.reference";
      case END -> "c.end_date, c.reference";
    };
  }

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  @Transactional(readOnly = true)
  public List<Convention> visibleTo(CurrentUser user) {
    if (user.isAdmin()) {
      return conventions.findAllByOrderByCreatedAtDesc();
    }
    Set<Convention> visible = new LinkedHashSet<>(conventions.findVisible(
        orNone(user.scopes(Actor.STRUCTURE)), orNone(user.departments())));
    Set<String> funderGroups = funderGroups(user);
    if (!funderGroups.isEmpty()) {
      for (FunderInvitations source : invitations) {
        visible.addAll(source.conventionsInvitingAny(funderGroups));
      }
    }
    return visible.stream().sorted(Comparator.comparing(Convention::getCreatedAt).reversed()).toList();
  }

  /** The convention, or 404 when it does not exist or the user may not see it (the answer does not tell which). */
  @Transactional(readOnly = true)
  public Convention require(CurrentUser user, String reference) {
    Convention convention = conventions.findByReference(reference)
        .orElseThrow(() -> notFound(reference));
    if (!maySee(user, convention)) {
      throw notFound(reference);
    }
    return convention;
  }

  public boolean maySee(CurrentUser user, Convention convention) {
    if (user.isAdmin()
        || user.isMemberOf(Actor.STRUCTURE.group(convention.getStructure().getSiret()))
        || user.departments().contains(convention.getStructure().getDepartment())) {
      return true;
    }
    Set<String> funderGroups = funderGroups(user);
    return !funderGroups.isEmpty() && invitations.orderedStream()
        .anyMatch(source -> source.invitesAny(convention, funderGroups));
  }

  private static Set<String> funderGroups(CurrentUser user) {
    Set<String> groups = new LinkedHashSet<>();
    user.groups().stream().filter(group -> Actor.FUNDER.suffixOf(group).isPresent()).forEach(groups::add);
    return groups;
  }

  private static NotFoundException notFound(String reference) {
    return new NotFoundException("La convention " + reference + " n'existe pas ou vous n'y avez pas accès.");
  }

  private static Collection<String> orNone(Collection<String> values) {
    return values.isEmpty() ? List.of("") : values;
  }

  /** The funders' conference tells which conventions a funder's group was invited to. */
  public interface FunderInvitations {

    List<Convention> conventionsInvitingAny(Collection<String> funderGroups);

    List<Long> conventionIdsInvitingAny(Collection<String> funderGroups);

    boolean invitesAny(Convention convention, Collection<String> funderGroups);
  }
}
