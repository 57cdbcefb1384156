package fr.iae.conventioning.structure;

import fr.iae.conventioning.security.Actor;
import fr.iae.conventioning.security.CurrentUser;
import fr.iae.conventioning.security.TasklistAccess;
import fr.iae.conventioning.shared.ConflictException;
import fr.iae.conventioning.shared.FormValues;
import fr.iae.conventioning.shared.InvalidInputException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of structures, and their groups in the engine. */
@Service
public class StructureService {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private final StructureRepository structures;
  private final TasklistAccess tasklistAccess;
  private final Clock clock;

  public StructureService(StructureRepository structures, TasklistAccess tasklistAccess, Clock clock) {
    this.structures = structures;
    this.tasklistAccess = tasklistAccess;
    this.clock = clock;
  }

  /**
   * Registers a structure and creates its group {@code siae-{siret}} with Tasklist access; an administrator then
   * adds the structure's users to the group.
   */
  @Transactional
  public Structure register(FormValues form) {
    String siret = Siret.require(form.raw("siret"));
    String name = form.text("name", "Nom de la structure");
    if (name.length() > 200) {
      throw new InvalidInputException("Le nom de la structure ne doit pas dépasser 200 caractères.");
    }
    StructureKind kind = StructureKind.parse(form.raw("kind"));
    String department = Department.require(form.raw("department"));
    String email = form.optionalText("email");
    if (email != null && !EMAIL.matcher(email).matches()) {
      throw new InvalidInputException("L'adresse électronique « " + email + " » n'est pas valide.");
    }
    if (structures.existsById(siret)) {
      throw new ConflictException("Une structure est déjà enregistrée avec le SIRET " + siret + ".");
    }
    Structure structure = structures.save(new Structure(siret, name, kind, department, email, clock.instant()));
    tasklistAccess.ensureGroup(structure.groupId(), name, Actor.STRUCTURE.groupType());
    tasklistAccess.grant(structure.groupId());
    return structure;
  }

  /** The structures a user may see: all for administrators, those of their départements, their own. */
  @Transactional(readOnly = true)
  public List<Structure> visibleTo(CurrentUser user) {
    if (user.isAdmin()) {
      return structures.findAllByOrderByName();
    }
    return structures.findByDepartmentInOrSiretInOrderByName(
        orNone(user.departments()), orNone(user.scopes(Actor.STRUCTURE)));
  }

  private static Collection<String> orNone(Collection<String> values) {
    // an empty IN () is not valid SQL everywhere
    return values.isEmpty() ? List.of("") : values;
  }
}
