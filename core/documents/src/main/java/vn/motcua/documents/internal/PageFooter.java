package vn.motcua.documents.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Font;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Prints "Trang n/m" and a note (the dossier code) at the foot of every page, so a page that comes loose can be put
 * back. The total is written into a template when the document closes. One instance per document.
 */
final class PageFooter extends PdfPageEventHelper {
    private static final float SIZE = 8.5f;

    private final BaseFont font;
    private final String note;
    private PdfTemplate total;

    PageFooter(BaseFont font, String note) {
        this.font = font;
        this.note = note;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float y = document.bottomMargin() / 2;
        Font f = new Font(font, SIZE);
        if (!note.isEmpty()) {
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(note, f), document.leftMargin(), y, 0);
        }
        String pageText = "Trang " + writer.getPageNumber() + "/";
        float width = font.getWidthPoint(pageText, SIZE);
        float x = page.getWidth() - document.rightMargin() - width - 14;
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(pageText, f), x, y, 0);
        cb.addTemplate(total, x + width, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(font, SIZE);
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }
}
