package fr.iae.conventioning.project;

import static fr.iae.conventioning.project.InsertionProjectProcess.*;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionService;
import fr.iae.conventioning.convention.InsertionProjects;
import fr.iae.conventioning.convention.ProjectContent;
import fr.iae.conventioning.shared.ConventioningProperties;
import fr.iae.conventioning.shared.FormValues;
import fr.iae.conventioning.shared.FrenchFormat;
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

  /**
   * What the State service's next review needs from the previous round, in Markdown: its own comment and what the
   * structure changed since; null for a first version.
   */
  @Transactional(readOnly = true)
  public String sinceLastReview(ProjectSubmission submission) {
    List<ProjectSubmission> rounds = history(submission.getConvention().getId());
    ProjectSubmission previous = rounds.stream().filter(round -> round.getRound() == submission.getRound() - 1)
        .findFirst().orElse(null);
    if (previous == null) {
      return null;
    }
    ProjectContent before = previous.content();
    ProjectContent now = submission.content();
    List<String> changed = new java.util.ArrayList<>();
    if (!java.util.Objects.equals(before.axisReception(), now.axisReception())) {
      changed.add("axe 1");
    }
    if (!java.util.Objects.equals(before.axisSupport(), now.axisSupport())) {
      changed.add("axe 2");
    }
    if (!java.util.Objects.equals(before.axisTraining(), now.axisTraining())) {
      changed.add("axe 3");
    }
    if (!java.util.Objects.equals(before.axisTerritory(), now.axisTerritory())) {
      changed.add("axe 4");
    }
    String fte = before.requestedFte().compareTo(now.requestedFte()) == 0 ? ""
        : "ETP d'insertion demandés : " + FrenchFormat.number(before.requestedFte(), 2) + " → "
            + FrenchFormat.number(now.requestedFte(), 2) + ".";
    String changes = changed.isEmpty() && fte.isEmpty() ? "rien n'a changé depuis le dépôt précédent."
        : (changed.isEmpty() ? "" : "modifié depuis le dépôt précédent : " + String.join(", ", changed) + ". ") + fte;
    return "### Version " + submission.getRound() + " du projet\n\n"
        + (previous.getReviewComment() == null ? "" : "Votre commentaire sur la version " + previous.getRound()
            + " : « " + previous.getReviewComment() + " »\n\n")
        + "**" + Character.toUpperCase(changes.charAt(0)) + changes.substring(1).strip() + "**";
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
