package fr.iae.conventioning.shared;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;

/** The look the application's PDF documents share (the signed convention, the financial annexes), with OpenPDF. */
public final class PdfStyle {

  public static final Color BLUE = new Color(0, 0, 145);
  public static final Color LIGHT = new Color(238, 238, 248);
  public static final Font TITLE = font(BaseFont.HELVETICA_BOLD, 17, BLUE);
  public static final Font HEADING = font(BaseFont.HELVETICA_BOLD, 12, BLUE);
  public static final Font BOLD = font(BaseFont.HELVETICA_BOLD, 10, Color.BLACK);
  public static final Font NORMAL = font(BaseFont.HELVETICA, 10, Color.BLACK);
  public static final Font SMALL = font(BaseFont.HELVETICA, 8, Color.DARK_GRAY);

  private PdfStyle() {}

  public static void heading(Document document, String text) throws DocumentException {
    Paragraph heading = new Paragraph(text, HEADING);
    heading.setSpacingBefore(12);
    heading.setSpacingAfter(4);
    document.add(heading);
  }

  /** A full-width table of label and amount rows. */
  public static PdfPTable table(float[] widths) throws DocumentException {
    PdfPTable table = new PdfPTable(widths.length);
    table.setWidthPercentage(100);
    table.setWidths(widths);
    table.setSpacingBefore(4);
    table.setSpacingAfter(4);
    return table;
  }

  /** A label and its value aligned right; an emphasised row is bold on a light background. */
  public static void row(PdfPTable table, String label, String value, boolean emphasis) {
    Font font = emphasis ? BOLD : NORMAL;
    PdfPCell name = new PdfPCell(new Phrase(label, font));
    PdfPCell amount = new PdfPCell(new Phrase(value, font));
    amount.setHorizontalAlignment(Element.ALIGN_RIGHT);
    for (PdfPCell cell : new PdfPCell[] {name, amount}) {
      cell.setPadding(5);
      cell.setBorderColor(Color.LIGHT_GRAY);
      if (emphasis) {
        cell.setBackgroundColor(LIGHT);
      }
      table.addCell(cell);
    }
  }

  private static Font font(String name, float size, Color color) {
    Font font = FontFactory.getFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size);
    font.setColor(color);
    return font;
  }
}
