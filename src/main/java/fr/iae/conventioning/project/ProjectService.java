package fr.iae.conventioning.project;

import static fr.iae.conventioning.project.InsertionProjectProcess.*;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionService;
import fr.iae.conventioning.convention.InsertionProjects;
import fr.iae.conventioning.convention.ProjectContent;
import fr.iae.conventioning.shared.ConventioningProperties;
import fr.iae.conventioning.shared.FormValues;
import fr.iae.conventioning.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stage 1: the structure sends its insertion project, the State service checks it is complete. */
@Service
class ProjectService implements InsertionProjects {

  static final int MAX_AXIS_LENGTH = 20_000;
  static final int MAX_COMMENT_LENGTH = 4_000;

  private final ConventionService conventions;
  private final ProjectSubmissionRepository submissions;
  private final ConventioningProperties conventioning;
  private final Clock clock;

  public ProjectService(ConventionService conventions, ProjectSubmissionRepository submissions,
      ConventioningProperties conventioning, Clock clock) {
    this.conventions = conventions;
    this.submissions = submissions;
    this.conventioning = conventioning;
    this.clock = clock;
  }

  /** Checks and records a new version of the project; the previous versions are kept. */
  @Transactional
  public ProjectSubmission submit(String reference, FormValues form, String userId) {
    ProjectContent content = new ProjectContent(
        axis(form, VAR_AXIS_RECEPTION, "Axe 1 — Accueil et intégration"),
        axis(form, VAR_AXIS_SUPPORT, "Axe 2 — Accompagnement social et professionnel"),
        axis(form, VAR_AXIS_TRAINING, "Axe 3 — Formation"),
        axis(form, VAR_AXIS_TERRITORY, "Axe 4 — Contribution à l'activité économique et au développement territorial"),
        requestedFte(form));
    Convention convention = conventions.find(reference);
    int round = submissions.findFirstByConventionIdOrderByRoundDesc(convention.getId())
        .map(previous -> previous.getRound() + 1)
        .orElse(1);
    return submissions.save(new ProjectSubmission(convention, round, content, userId, clock.instant()));
  }

  /** Records the State service's review of the last version sent. */
  @Transactional
  public ProjectSubmission review(String reference, FormValues form, String userId) {
    boolean complete = form.bool(VAR_APPLICATION_COMPLETE, "Le dossier est-il complet ?");
    String comment = form.optionalText(VAR_REVIEW_COMMENT, "Commentaire pour la structure", MAX_COMMENT_LENGTH);
    if (!complete && comment == null) {
      throw new InvalidInputException("Expliquez à la structure ce qui manque à son dossier : le commentaire est"
          + " obligatoire quand le dossier est incomplet.");
    }
    Convention convention = conventions.find(reference);
    ProjectSubmission last = submissions.findFirstByConventionIdOrderByRoundDesc(convention.getId())
        .filter(submission -> !submission.isReviewed())
        .orElseThrow(() -> new InvalidInputException("Aucun projet d'insertion n'attend de relecture pour la convention "
            + reference + "."));
    last.review(complete, comment, userId, clock.instant());
    return last;
  }

  @Transactional(readOnly = true)
  public List<ProjectSubmission> history(Long conventionId) {
    return submissions.findByConventionIdOrderByRound(conventionId);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ProjectContent> latest(Long conventionId) {
    return submissions.findFirstByConventionIdOrderByRoundDesc(conventionId).map(ProjectSubmission::content);
  }

  private static String axis(FormValues form, String name, String label) {
    return form.text(name, label, MAX_AXIS_LENGTH, "Le champ « " + label + " » est obligatoire : décrivez ce que la"
        + " structure prévoit sur cet axe, même brièvement.");
  }

  private BigDecimal requestedFte(FormValues form) {
    return form.fte(VAR_REQUESTED_FTE, "ETP d'insertion demandés", false, conventioning.maxFte());
  }
}
