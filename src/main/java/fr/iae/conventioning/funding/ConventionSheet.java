package fr.iae.conventioning.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Everything the signed convention says, gathered from the stages' records. */
public record ConventionSheet(
    String reference,
    String structureName,
    String siret,
    String kindLabel,
    String department,
    LocalDate start,
    LocalDate end,
    int months,
    List<Axis> axes,
    BigDecimal targetDurable,
    BigDecimal targetTransition,
    BigDecimal targetPositive,
    String otherObjectives,
    BigDecimal agreedFte,
    BigDecimal unitAmount,
    int unitAmountYear,
    BigDecimal baseAid,
    BigDecimal modulationRate,
    BigDecimal modulatedAid,
    BigDecimal stateAid,
    List<Contribution> contributions,
    BigDecimal planTotal,
    String cdiaeOpinion,
    LocalDate cdiaeSessionDate,
    String cdiaeComment,
    List<SignatureLine> signatures) {

  public record Axis(String title, String text) {}

  public record Contribution(String funder, String nature, BigDecimal amount) {}

  public record SignatureLine(String party, String name, LocalDate date) {}
}
