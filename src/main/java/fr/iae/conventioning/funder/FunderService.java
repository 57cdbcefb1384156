package fr.iae.conventioning.funder;

import fr.iae.conventioning.security.Actor;
import fr.iae.conventioning.security.TasklistAccess;
import fr.iae.conventioning.shared.ConflictException;
import fr.iae.conventioning.shared.FormValues;
import fr.iae.conventioning.shared.InvalidInputException;
import fr.iae.conventioning.shared.NotFoundException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of funders; each funder has its group {@code financeur-{code}} with Tasklist access. */
@Service
public class FunderService {

  private static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9-]{1,38}$");
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private final FunderRepository funders;
  private final TasklistAccess tasklistAccess;
  private final Clock clock;

  FunderService(FunderRepository funders, TasklistAccess tasklistAccess, Clock clock) {
    this.funders = funders;
    this.tasklistAccess = tasklistAccess;
    this.clock = clock;
  }

  @Transactional
  public Funder register(FormValues form) {
    String code = form.text("code", "Code du financeur").toLowerCase();
    if (!CODE.matcher(code).matches()) {
      throw new InvalidInputException("Le code du financeur « " + code + " » ne doit contenir que des lettres minuscules,"
          + " des chiffres et des tirets (2 à 39 caractères), par exemple cd59 ou plie-lille.");
    }
    String name = form.text("name", "Nom du financeur");
    FunderKind kind = kind(form.raw("kind"));
    String email = email(form.optionalText("email"));
    if (funders.existsById(code)) {
      throw new ConflictException("Un financeur est déjà enregistré avec le code " + code + ".");
    }
    Funder funder = funders.save(new Funder(code, name, kind, Actor.FUNDER.group(code), email, clock.instant()));
    tasklistAccess.ensureGroup(funder.getGroupId(), name, Actor.FUNDER.groupType());
    tasklistAccess.grant(funder.getGroupId());
    return funder;
  }

  @Transactional
  public Funder update(String code, FormValues form) {
    Funder funder = find(code);
    String name = form.optionalText("name") == null ? funder.getName() : form.optionalText("name");
    String email = form.raw("email") == null ? funder.getEmail() : email(form.optionalText("email"));
    boolean active = form.raw("active") == null ? funder.isActive() : form.bool("active", "Actif");
    funder.update(name, email, active);
    return funder;
  }

  @Transactional(readOnly = true)
  public Funder find(String code) {
    return funders.findById(code).orElseThrow(() -> new NotFoundException("Le financeur " + code + " n'existe pas."));
  }

  @Transactional(readOnly = true)
  public Optional<Funder> lookup(String code) {
    return funders.findById(code);
  }

  @Transactional(readOnly = true)
  public boolean exists(String code) {
    return funders.existsById(code);
  }

  /** The group whose members answer for the funder. */
  @Transactional(readOnly = true)
  public String groupOf(String code) {
    return funders.findById(code).map(Funder::getGroupId)
        .orElseThrow(() -> new IllegalStateException("unknown funder " + code));
  }

  /** The funder's name, or its code when it is no longer in the register. */
  @Transactional(readOnly = true)
  public String nameOf(String code) {
    return funders.findById(code).map(Funder::getName).orElse(code);
  }

  @Transactional(readOnly = true)
  public List<Funder> all() {
    return funders.findAllByOrderByName();
  }

  @Transactional(readOnly = true)
  public List<Funder> active() {
    return funders.findByActiveTrueOrderByName();
  }

  private static FunderKind kind(Object value) {
    String text = value == null ? "" : value.toString().trim().toUpperCase();
    return Arrays.stream(FunderKind.values()).filter(kind -> kind.name().equals(text)).findFirst()
        .orElseThrow(() -> new InvalidInputException("Le type de financeur « " + (value == null ? "" : value)
            + " » est inconnu : choisissez parmi " + Arrays.stream(FunderKind.values()).map(Enum::name)
            .collect(Collectors.joining(", ")) + "."));
  }

  private static String email(String email) {
    if (email != null && !EMAIL.matcher(email).matches()) {
      throw new InvalidInputException("L'adresse électronique « " + email + " » n'est pas valide.");
    }
    return email;
  }
}
