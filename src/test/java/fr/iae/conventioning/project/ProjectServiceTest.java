package fr.iae.conventioning.project;

import static fr.iae.conventioning.project.InsertionProjectProcess.*;
import static fr.iae.conventioning.support.ServiceFixtures.CONVENTION_ID;
import static fr.iae.conventioning.support.ServiceFixtures.NOW;
import static fr.iae.conventioning.support.ServiceFixtures.REFERENCE;
import static fr.iae.conventioning.support.ServiceFixtures.clock;
import static fr.iae.conventioning.support.ServiceFixtures.conventioning;
import static fr.iae.conventioning.support.ServiceFixtures.convention;
import static fr.iae.conventioning.support.ServiceFixtures.form;
import static fr.iae.conventioning.support.ServiceFixtures.text;
import static fr.iae.conventioning.support.ServiceFixtures.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionService;
import fr.iae.conventioning.convention.ProjectContent;
import fr.iae.conventioning.shared.FormValues;
import fr.iae.conventioning.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.AdditionalAnswers;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** Stage 1 rules: the four axes and the requested FTE of the project, the completeness review. */
@ExtendWith(MockitoExtension.class)
class ProjectServiceTest {

  @Mock
  private ConventionService conventions;
  @Mock
  private ProjectSubmissionRepository submissions;

  private final Convention convention = convention();
  private ProjectService service;

  @BeforeEach
  void setUp() {
    service = new ProjectService(conventions, submissions, conventioning(), clock());
  }

  private static Map<String, Object> project(Object requestedFte) {
    return values(
        VAR_AXIS_RECEPTION, "  Accueil collectif, tuteur désigné.  ",
        VAR_AXIS_SUPPORT, "Une conseillère en insertion à temps plein.",
        VAR_AXIS_TRAINING, "Savoirs de base et CACES.",
        VAR_AXIS_TERRITORY, "Entretien des espaces verts de trois communes.",
        VAR_REQUESTED_FTE, requestedFte);
  }

  private ProjectSubmission submit(Map<String, Object> project) {
    return service.submit(REFERENCE, new FormValues(project::get), "siae.ei59");
  }

  private void givenLastRound(ProjectSubmission last) {
    when(conventions.find(REFERENCE)).thenReturn(convention);
    when(submissions.findFirstByConventionIdOrderByRoundDesc(CONVENTION_ID)).thenReturn(Optional.ofNullable(last));
  }

  private void givenSavedAsIs() {
    when(submissions.save(any())).thenAnswer(AdditionalAnswers.returnsFirstArg());
  }

  private ProjectSubmission sentRound(int round) {
    return new ProjectSubmission(convention, round, new ProjectContent("a", "b", "c", "d", BigDecimal.TEN), "siae.ei59",
        Instant.parse("2027-02-01T10:00:00Z"));
  }

  // submit

  @Test
  void aCompleteProjectIsRecordedAsTheFirstRound() {
    givenLastRound(null);
    givenSavedAsIs();

    ProjectSubmission submission = submit(project("12,5"));

    assertThat(submission.getRound()).isEqualTo(1);
    assertThat(submission.content()).isEqualTo(new ProjectContent("Accueil collectif, tuteur désigné.",
        "Une conseillère en insertion à temps plein.", "Savoirs de base et CACES.",
        "Entretien des espaces verts de trois communes.", new BigDecimal("12.50")));
    assertThat(submission.getSubmittedBy()).isEqualTo("siae.ei59");
    assertThat(submission.getSubmittedAt()).isEqualTo(NOW);
    assertThat(submission.isReviewed()).isFalse();
  }

  @Test
  void aNewVersionOfTheProjectTakesTheNextRoundAndKeepsThePreviousOnes() {
    ProjectSubmission previous = sentRound(2);
    previous.review(false, "Axe 3 trop succinct.", "direccte.59", NOW);
    givenLastRound(previous);
    givenSavedAsIs();

    ProjectSubmission submission = submit(project(8));

    assertThat(submission.getRound()).isEqualTo(3);
    assertThat(submission).isNotSameAs(previous);
    assertThat(previous.getRound()).isEqualTo(2);
    assertThat(previous.getReviewComment()).isEqualTo("Axe 3 trop succinct.");
  }

  @ParameterizedTest(name = "{0} blank")
  @CsvSource(quoteCharacter = '"', value = {
      VAR_AXIS_RECEPTION + ", Axe 1 — Accueil et intégration",
      VAR_AXIS_SUPPORT + ", Axe 2 — Accompagnement social et professionnel",
      VAR_AXIS_TRAINING + ", Axe 3 — Formation",
      VAR_AXIS_TERRITORY + ", Axe 4 — Contribution à l'activité économique et au développement territorial",
  })
  void everyAxisMustBeAddressed(String axis, String label) {
    Map<String, Object> project = project(12);
    project.put(axis, "   ");
    assertThatThrownBy(() -> submit(project))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Le champ « " + label + " » est obligatoire")
        .hasMessageContaining("décrivez ce que la structure prévoit sur cet axe");

    project.remove(axis);
    assertThatThrownBy(() -> submit(project)).hasMessageContaining(label);
    verifyNoInteractions(submissions);
  }

  @Test
  void anAxisOfMoreThanTwentyThousandCharactersIsRefused() {
    Map<String, Object> project = project(12);
    project.put(VAR_AXIS_TRAINING, text(20_001));
    assertThatThrownBy(() -> submit(project))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Le champ « Axe 3 — Formation » ne doit pas dépasser 20000 caractères.");

    project.put(VAR_AXIS_TRAINING, text(20_000));
    givenLastRound(null);
    givenSavedAsIs();
    assertThat(submit(project).content().axisTraining()).hasSize(20_000);
  }

  @ParameterizedTest(name = "requested FTE {0}")
  @ValueSource(strings = {"0", "-1", "-0.5", "0.004"})
  void theRequestedFteMustBeAboveZero(String fte) {
    assertThatThrownBy(() -> submit(project(fte)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Le nombre d'ETP d'insertion demandés doit être supérieur à 0.");
    verifyNoInteractions(submissions);
  }

  @ParameterizedTest(name = "requested FTE {0}")
  @CsvSource(delimiter = '|', value = {"500.01 | 500,01", "501 | 501", "12000 | 12 000"})
  void aRequestedFteAboveTheMaximumIsTakenForATypingMistake(String fte, String shown) {
    assertThatThrownBy(() -> submit(project(fte)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Le nombre d'ETP d'insertion demandés (" + shown.replace(' ', '\u00a0') + ") dépasse 500")
        .hasMessageEndingWith("vérifiez la saisie.");
  }

  @ParameterizedTest(name = "requested FTE {0} is kept as {1}")
  @CsvSource({"0.01, 0.01", "500, 500.00", "12.345, 12.35", "7, 7.00"})
  void aRequestedFteWithinTheLimitsIsKeptWithTwoDecimals(String fte, BigDecimal kept) {
    givenLastRound(null);
    givenSavedAsIs();
    assertThat(submit(project(fte)).content().requestedFte()).isEqualTo(kept);
  }

  @Test
  void theMaximumFteComesFromTheSettings() {
    service = new ProjectService(conventions, submissions, conventioning(new BigDecimal("100")), clock());
    assertThatThrownBy(() -> submit(project(100.5))).hasMessageContaining("dépasse 100 : vérifiez la saisie.");
  }

  @ParameterizedTest(name = "requested FTE {0}")
  @NullSource
  @ValueSource(strings = {"", "douze"})
  void aMissingOrNonNumericRequestedFteIsRefused(String fte) {
    assertThatThrownBy(() -> submit(project(fte)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Le champ « ETP d'insertion demandés »");
  }

  // review

  @ParameterizedTest(name = "comment [{0}]")
  @NullSource
  @ValueSource(strings = {"", "   "})
  void anIncompleteFileWithoutCommentIsRefused(String comment) {
    FormValues review = form(VAR_APPLICATION_COMPLETE, false, VAR_REVIEW_COMMENT, comment);
    assertThatThrownBy(() -> service.review(REFERENCE, review, "direccte.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("le commentaire est obligatoire quand le dossier est incomplet");
    verifyNoInteractions(submissions);
  }

  @Test
  void anIncompleteFileGoesBackWithTheComment() {
    ProjectSubmission last = sentRound(1);
    givenLastRound(last);

    ProjectSubmission reviewed = service.review(REFERENCE,
        form(VAR_APPLICATION_COMPLETE, "false", VAR_REVIEW_COMMENT, " Il manque l'axe 3. "), "direccte.59");

    assertThat(reviewed).isSameAs(last);
    assertThat(reviewed.getReviewComplete()).isFalse();
    assertThat(reviewed.getReviewComment()).isEqualTo("Il manque l'axe 3.");
    assertThat(reviewed.getReviewedBy()).isEqualTo("direccte.59");
    assertThat(reviewed.getReviewedAt()).isEqualTo(NOW);
  }

  @Test
  void aCompleteFileNeedsNoComment() {
    givenLastRound(sentRound(1));

    ProjectSubmission reviewed = service.review(REFERENCE, form(VAR_APPLICATION_COMPLETE, true), "direccte.59");

    assertThat(reviewed.getReviewComplete()).isTrue();
    assertThat(reviewed.getReviewComment()).isNull();
  }

  @ParameterizedTest(name = "complete [{0}]")
  @NullSource
  @ValueSource(strings = {"", "oui", "peut-être"})
  void theReviewMustSayWhetherTheFileIsComplete(String complete) {
    FormValues review = form(VAR_APPLICATION_COMPLETE, complete, VAR_REVIEW_COMMENT, "Vu.");
    assertThatThrownBy(() -> service.review(REFERENCE, review, "direccte.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Le champ « Le dossier est-il complet ? » est obligatoire : répondez par oui ou par non.");
  }

  @Test
  void aReviewCommentOfMoreThanFourThousandCharactersIsRefused() {
    FormValues review = form(VAR_APPLICATION_COMPLETE, false, VAR_REVIEW_COMMENT, text(4_001));
    assertThatThrownBy(() -> service.review(REFERENCE, review, "direccte.59"))
        .hasMessage("Le champ « Commentaire pour la structure » ne doit pas dépasser 4000 caractères.");
  }

  @Test
  void aProjectAlreadyReviewedIsNotReviewedAgain() {
    ProjectSubmission last = sentRound(1);
    last.review(true, null, "direccte.59", Instant.parse("2027-03-01T10:00:00Z"));
    givenLastRound(last);

    assertThatThrownBy(() -> service.review(REFERENCE, form(VAR_APPLICATION_COMPLETE, false, VAR_REVIEW_COMMENT,
        "Finalement non."), "direccte.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Aucun projet d'insertion n'attend de relecture pour la convention " + REFERENCE + ".");
    assertThat(last.getReviewComplete()).isTrue();
  }

  @Test
  void noProjectSentMeansNothingToReview() {
    givenLastRound(null);
    assertThatThrownBy(() -> service.review(REFERENCE, form(VAR_APPLICATION_COMPLETE, true), "direccte.59"))
        .hasMessageContaining("Aucun projet d'insertion n'attend de relecture");
  }

  // the port the later stages read

  @Test
  void laterStagesReadTheLastVersionOfTheProject() {
    when(submissions.findFirstByConventionIdOrderByRoundDesc(CONVENTION_ID)).thenReturn(Optional.of(sentRound(3)));
    assertThat(service.latest(CONVENTION_ID)).map(ProjectContent::requestedFte).contains(BigDecimal.TEN);
  }
}
