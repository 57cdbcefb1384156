package fr.iae.conventioning.annex;

import static fr.iae.conventioning.shared.PdfStyle.*;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.shared.FrenchFormat;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;

/** A financial annex as a PDF document, in French, with OpenPDF: its pricing, its modulation's evidence, its signatures. */
final class AnnexPdf {

  private AnnexPdf() {}

  static byte[] render(Convention convention, String stateService, FinancialAnnex annex, Modulation.Proposal proposal,
      ZoneId zone) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle("Annexe financière " + annex.getNumber() + " — convention " + convention.getReference());
      document.addCreator("Conventionnement IAE");
      document.open();
      Paragraph title = new Paragraph("Annexe financière " + annex.getNumber(), TITLE);
      title.setAlignment(Element.ALIGN_CENTER);
      document.add(title);
      Paragraph subtitle = new Paragraph("Convention " + convention.getReference() + " — « "
          + convention.getStructure().getName() + " », " + convention.getStructure().getKind().label() + ", SIRET "
          + convention.getStructure().getSiret(), BOLD);
      subtitle.setAlignment(Element.ALIGN_CENTER);
      document.add(subtitle);
      line(document, "État : " + annex.getStatus().label() + ".");

      heading(document, "Période et moyens");
      line(document, "Année " + annex.period().first().getYear() + ", " + AnnexTexts.period(annex) + ".");
      PdfPTable means = table(new float[] {3, 1.3f});
      row(means, "ETP d'insertion", FrenchFormat.number(annex.getFte(), 2), false);
      row(means, "Montant par ETP et par an (montant " + annex.getUnitAmountYear() + ")",
          FrenchFormat.euros(annex.getUnitAmount()), false);
      row(means, "Montant socle", FrenchFormat.euros(annex.getBaseAmount()), false);
      row(means, "Part modulée (" + FrenchFormat.number(annex.getModulationRate(), 2) + " % du socle)",
          FrenchFormat.euros(annex.getModulatedAmount()), false);
      row(means, "Aide de l'État pour la période", FrenchFormat.euros(annex.getTotalAmount()), true);
      document.add(means);
      if (annex.getAmends() != null) {
        line(document, "Avenant à l'annexe " + annex.getAmends().getNumber() + " ("
            + FrenchFormat.number(annex.getAmends().getFte(), 2) + " ETP) : " + annex.getAmendmentReason());
      }

      heading(document, "Modulation : critères et indicateurs");
      if (annex.evidence().isEmpty()) {
        line(document, "Taux arrêté par la conférence des financeurs, signé avec la convention.");
      } else {
        for (Modulation.Score score : proposal.scores()) {
          line(document, score.criterion().label() + " (poids " + score.weight() + ") : " + score.criterion().indicator()
              + " " + FrenchFormat.percent(score.level()) + ", score " + FrenchFormat.number(score.score(), 2) + ".");
        }
        line(document, "Taux proposé par les critères : " + FrenchFormat.number(annex.getProposedRate(), 2)
            + " % ; taux retenu : " + FrenchFormat.number(annex.getModulationRate(), 2) + " %."
            + (annex.getModulationReason() == null ? "" : " Motif : " + annex.getModulationReason()));
      }

      heading(document, "Signatures");
      if (annex.isSignedWithConvention()) {
        line(document, "Signée avec la convention le " + date(annex.getCreatedAt(), zone) + ".");
      }
      signature(document, "Pour la structure, " + convention.getStructure().getName(), annex.getStructureSignedBy(),
          annex.getStructureSignedAt(), zone);
      signature(document, "Pour le Conseil départemental, cofinanceur", annex.getDepartmentSignedBy(),
          annex.getDepartmentSignedAt(), zone);
      signature(document, "Pour l'État, le préfet, sur proposition de la " + stateService, annex.getPrefectSignedBy(),
          annex.getPrefectSignedAt(), zone);
      if (annex.getRejection() != null) {
        line(document, "Renvoyée le " + date(annex.getRejectedAt(), zone) + " : " + annex.getRejection());
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The annex " + annex.getNumber() + " of " + convention.getReference()
          + " cannot be written as PDF", e);
    }
    return out.toByteArray();
  }

  private static String date(Instant instant, ZoneId zone) {
    return FrenchFormat.date(instant.atZone(zone).toLocalDate());
  }

  private static void signature(Document document, String party, String by, Instant at, ZoneId zone)
      throws DocumentException {
    if (at != null) {
      Paragraph name = new Paragraph(party, BOLD);
      name.setSpacingBefore(6);
      document.add(name);
      line(document, "Signé le " + date(at, zone) + " (" + by + ").");
    }
  }

  private static void line(Document document, String text) throws DocumentException {
    Paragraph paragraph = new Paragraph(text, NORMAL);
    paragraph.setSpacingAfter(3);
    document.add(paragraph);
  }

}
