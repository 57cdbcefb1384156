package fr.iae.conventioning.funding.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Everything the signed convention says, gathered from the stages' records, in the order the document reads. */
record ConventionSheet(Parties parties, Period period, List<Axis> axes, Objectives objectives, Means means,
    CdiaeOpinion opinion, List<SignatureLine> signatures) {

  public record Parties(String reference, String structureName, String siret, String kindLabel, String department) {}

  public record Period(LocalDate start, LocalDate end, int months) {}

  public record Axis(String title, String text) {}

  public record Objectives(BigDecimal durable, BigDecimal transition, BigDecimal positive, String other) {

    public BigDecimal dynamic() {
      return durable.add(transition).add(positive);
    }
  }

  public record Means(BigDecimal agreedFte, BigDecimal unitAmount, int unitAmountYear, BigDecimal baseAid,
      BigDecimal modulationRate, BigDecimal modulatedAid, BigDecimal stateAid, List<Contribution> contributions,
      BigDecimal planTotal) {}

  public record Contribution(String funder, String nature, BigDecimal amount) {}

  public record CdiaeOpinion(String label, LocalDate sessionDate, String comment) {}

  public record SignatureLine(String party, String name, LocalDate date) {}
}
