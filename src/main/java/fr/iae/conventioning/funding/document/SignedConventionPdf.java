package fr.iae.conventioning.funding.document;

import static fr.iae.conventioning.shared.PdfStyle.*;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import fr.iae.conventioning.shared.FrenchFormat;
import java.awt.Color;
import java.io.ByteArrayOutputStream;

/** The signed convention as a PDF document, in French, with OpenPDF. */
final class SignedConventionPdf {

  private SignedConventionPdf() {}

  public static byte[] render(ConventionSheet sheet) {
    return render(sheet, false);
  }

  /** @param draft the text the signatories read before they sign, marked as such, with the signatures given so far */
  public static byte[] render(ConventionSheet sheet, boolean draft) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 56, 64);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setPageEvent(new Footer(sheet.parties().reference()));
      document.addTitle("Convention " + sheet.parties().reference());
      document.addSubject("Convention d'insertion par l'activité économique — " + sheet.parties().structureName());
      document.addCreator("Conventionnement IAE");
      document.open();

      if (draft) {
        Paragraph mark = new Paragraph("PROJET — en cours de signature, sans valeur de convention signée", BOLD);
        mark.setAlignment(Element.ALIGN_CENTER);
        mark.setSpacingAfter(8);
        document.add(mark);
      }
      Paragraph title = new Paragraph("Convention d'insertion par l'activité économique", TITLE);
      title.setAlignment(Element.ALIGN_CENTER);
      document.add(title);
      Paragraph reference = new Paragraph("Référence " + sheet.parties().reference(), BOLD);
      reference.setAlignment(Element.ALIGN_CENTER);
      reference.setSpacingAfter(14);
      document.add(reference);

      heading(document, "Entre les parties");
      text(document, "L'État, représenté par le préfet du département " + sheet.parties().department() + ",");
      text(document, "France Travail, pour le département " + sheet.parties().department() + ",");
      text(document, "et la structure « " + sheet.parties().structureName() + " », " + sheet.parties().kindLabel() + ", SIRET "
          + sheet.parties().siret() + ".");

      heading(document, "Article 1 — Durée");
      text(document, "La présente convention est conclue pour " + sheet.period().months() + " mois, du "
          + FrenchFormat.date(sheet.period().start()) + " au " + FrenchFormat.date(sheet.period().end()) + ".");

      heading(document, "Article 2 — Projet d'insertion");
      for (ConventionSheet.Axis axis : sheet.axes()) {
        Paragraph name = new Paragraph(axis.title(), BOLD);
        name.setSpacingBefore(4);
        document.add(name);
        text(document, axis.text());
      }

      heading(document, "Article 3 — Objectifs de sorties");
      PdfPTable objectives = table(new float[] {3, 1});
      row(objectives, "Sorties vers l'emploi durable", FrenchFormat.percent(sheet.objectives().durable()), false);
      row(objectives, "Sorties vers l'emploi de transition", FrenchFormat.percent(sheet.objectives().transition()), false);
      row(objectives, "Sorties positives", FrenchFormat.percent(sheet.objectives().positive()), false);
      row(objectives, "Sorties dynamiques (total)", FrenchFormat.percent(
          sheet.objectives().dynamic()), true);
      document.add(objectives);
      small(document, "Référence nationale : 25 % de sorties vers l'emploi durable et 60 % de sorties dynamiques en"
          + " trois ans. Les taux se calculent sur les sorties examinées (toutes les sorties moins les retraits).");
      if (sheet.objectives().other() != null) {
        text(document, "Autres objectifs : " + sheet.objectives().other());
      }

      heading(document, "Article 4 — Moyens");
      text(document, "Nombre d'ETP d'insertion conventionnés : " + FrenchFormat.number(sheet.means().agreedFte(), 2) + ".");
      PdfPTable means = table(new float[] {3, 1.3f});
      row(means, "Aide au poste, montant socle (" + FrenchFormat.euros(sheet.means().unitAmount())
          + " par ETP et par an, barème " + sheet.means().unitAmountYear() + ", sur " + sheet.period().months()
          + " mois)", FrenchFormat.euros(sheet.means().baseAid()), false);
      row(means, "Part modulée (" + FrenchFormat.number(sheet.means().modulationRate(), 2) + " % du montant socle)",
          FrenchFormat.euros(sheet.means().modulatedAid()), false);
      row(means, "Aide de l'État", FrenchFormat.euros(sheet.means().stateAid()), true);
      for (ConventionSheet.Contribution contribution : sheet.means().contributions()) {
        row(means, contribution.funder() + " — " + contribution.nature(), FrenchFormat.euros(contribution.amount()),
            false);
      }
      row(means, "Total du plan de financement", FrenchFormat.euros(sheet.means().planTotal()), true);
      document.add(means);

      heading(document, "Article 5 — Avis du conseil départemental de l'insertion par l'activité économique");
      text(document, sheet.opinion().label() + ", rendu en séance du " + FrenchFormat.date(sheet.opinion().sessionDate()) + "."
          + (sheet.opinion().comment() == null ? "" : " " + sheet.opinion().comment()));

      heading(document, "Signatures");
      PdfPTable signatures = table(new float[] {1, 1});
      for (ConventionSheet.SignatureLine line : sheet.signatures()) {
        PdfPCell cell = new PdfPCell();
        cell.setPadding(8);
        cell.setBorderColor(Color.LIGHT_GRAY);
        cell.addElement(new Paragraph(line.party(), BOLD));
        cell.addElement(new Paragraph(line.name(), NORMAL));
        cell.addElement(new Paragraph("Signé le " + FrenchFormat.date(line.date()), NORMAL));
        signatures.addCell(cell);
      }
      if (sheet.signatures().size() % 2 == 1) {
        PdfPCell empty = new PdfPCell(new Phrase(""));
        empty.setBorder(0);
        signatures.addCell(empty);
      }
      document.add(signatures);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The convention " + sheet.parties().reference() + " cannot be written as PDF", e);
    }
    return out.toByteArray();
  }

  private static void text(Document document, String text) throws DocumentException {
    Paragraph paragraph = new Paragraph(text, NORMAL);
    paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
    paragraph.setSpacingAfter(3);
    document.add(paragraph);
  }

  private static void small(Document document, String text) throws DocumentException {
    Paragraph paragraph = new Paragraph(text, SMALL);
    paragraph.setSpacingBefore(3);
    document.add(paragraph);
  }

  /** "Convention ACI059270001 — page 2" at the bottom of every page. */
  private static final class Footer extends PdfPageEventHelper {

    private final String reference;

    Footer(String reference) {
      this.reference = reference;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
          new Phrase(new Chunk("Convention " + reference + " — page " + writer.getPageNumber(), SMALL)),
          (document.left() + document.right()) / 2, document.bottom() - 24, 0);
    }
  }
}
