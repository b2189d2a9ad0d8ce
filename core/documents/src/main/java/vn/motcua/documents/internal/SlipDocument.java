package vn.motcua.documents.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import vn.motcua.documents.FormRegime;
import vn.motcua.documents.Issuer;
import vn.motcua.documents.SlipRenderingException;

/**
 * One PDF being written, with the building blocks every form uses: the form label, the national header, the date
 * line, titles, labelled fields, tables that continue over pages, and signature blocks. Every string given to it
 * passes through {@link SafeText}; callers never add raw OpenPDF elements with caller text.
 *
 * <p>Margins follow Decree 30/2020/NĐ-CP, Appendix I (top and bottom 20 mm, left 30 mm, right 20 mm). Not
 * thread-safe: one instance per render.
 */
final class SlipDocument {
    private static final float MM = 72f / 25.4f;
    private static final Color HEADER_FILL = new Color(0xE8, 0xE8, 0xE8);
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Document document;
    private final PdfWriter writer;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final SafeText text;
    private final Font body;
    private final Font bold;
    private final Font italic;
    private final Font titleFont;
    private final Font small;
    private final Font smallBold;
    private final Font smallItalic;

    private SlipDocument(SlipFonts fonts, SafeText text, boolean landscape, String title, String footerNote) {
        this.text = text;
        this.body = new Font(fonts.regular, 12);
        this.bold = new Font(fonts.bold, 12);
        this.italic = new Font(fonts.italic, 12);
        this.titleFont = new Font(fonts.bold, 14);
        this.small = new Font(fonts.regular, 9.5f);
        this.smallBold = new Font(fonts.bold, 9.5f);
        this.smallItalic = new Font(fonts.italic, 9.5f);
        Rectangle page = landscape ? PageSize.A4.rotate() : PageSize.A4;
        this.document = new Document(page, 30 * MM, 20 * MM, 20 * MM, 20 * MM);
        try {
            this.writer = PdfWriter.getInstance(document, out);
        } catch (DocumentException e) {
            throw new SlipRenderingException("cannot start a PDF", e);
        }
        writer.setPageEvent(new PageFooter(fonts.regular, text.line(footerNote)));
        document.addTitle(text.line(title));
        document.addCreator("motcua");
        document.open();
        writer.getExtraCatalog().put(new PdfName("Lang"), new PdfString("vi-VN"));
    }

    static SlipDocument portrait(SlipFonts fonts, SafeText text, String title, String footerNote) {
        return new SlipDocument(fonts, text, false, title, footerNote);
    }

    static SlipDocument landscape(SlipFonts fonts, SafeText text, String title, String footerNote) {
        return new SlipDocument(fonts, text, true, title, footerNote);
    }

    /** Closes the document and returns its bytes. */
    byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    /** The small "Mẫu số ..." line at the top right. */
    /**
     * The opening of a letter to the applicant (apology, stop notice): form label, national header, place and date,
     * title, dossier code and "Ông/Bà …". One place, so that both letters keep the same official layout.
     */
    void letterOpening(FormKind kind, FormRegime regime, Issuer issuer, String placeAndDate, String dossierCode,
                       String applicantName) {
        kind.formLabel(regime).ifPresent(this::formLabel);
        nationalHeader(issuer);
        placeAndDate(placeAndDate);
        title(kind.title(regime));
        subtitle("Mã hồ sơ:", dossierCode);
        addressee("Ông/Bà " + applicantName);
    }

    void formLabel(String label) {
        Paragraph p = new Paragraph(text.line(label), smallItalic);
        p.setAlignment(Element.ALIGN_RIGHT);
        p.setSpacingAfter(4);
        add(p);
    }

    /**
     * The header of an administrative document (Decree 30/2020/NĐ-CP, Appendix I): issuing body on the left, the
     * national title "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc" on the right.
     */
    void nationalHeader(Issuer issuer) {
        PdfPTable t = new PdfPTable(new float[] {42, 58});
        t.setWidthPercentage(100);
        PdfPCell left = plainCell();
        Paragraph unit = centred();
        issuer.superior().ifPresent(s -> unit.add(new Chunk(upper(text.line(s)) + "\n", body)));
        unit.add(new Chunk(upper(text.line(issuer.name())), bold));
        left.addElement(unit);
        left.addElement(rule(35));
        PdfPCell right = plainCell();
        Paragraph nation = centred();
        nation.add(new Chunk("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", bold));
        nation.add(new Chunk("Độc lập - Tự do - Hạnh phúc", bold));
        right.addElement(nation);
        right.addElement(rule(60));
        t.addCell(left);
        t.addCell(right);
        t.setSpacingAfter(6);
        add(t);
    }

    private Paragraph centred() {
        Paragraph p = new Paragraph("", body);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    /** The short rule under the header lines, in its own paragraph so that it sits below the text, centred. */
    private Paragraph rule(float percent) {
        Paragraph p = new Paragraph(9, "", body);
        p.add(new Chunk(new LineSeparator(0.6f, percent, null, Element.ALIGN_CENTER, 0)));
        return p;
    }

    /** The place-and-date line, italic, right. */
    void placeAndDate(String line) {
        Paragraph p = new Paragraph(text.line(line), italic);
        p.setAlignment(Element.ALIGN_RIGHT);
        p.setSpacingAfter(10);
        add(p);
    }

    /** The slip's title, bold and centred. */
    void title(String title) {
        Paragraph p = new Paragraph(text.line(title), titleFont);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(6);
        p.setSpacingAfter(2);
        add(p);
    }

    /** A centred line under the title, e.g. "Mã hồ sơ:" and the code in bold. */
    void subtitle(String label, String value) {
        Paragraph p = new Paragraph("", body);
        p.add(new Chunk(text.line(label) + " ", body));
        p.add(new Chunk(text.line(value), bold));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(10);
        add(p);
    }

    /** "Label: value" with the value in bold. */
    void field(String label, String value) {
        Paragraph p = new Paragraph("", body);
        p.add(new Chunk(text.line(label) + ": ", body));
        p.add(new Chunk(text.line(value), bold));
        spaced(p);
    }

    /** A paragraph of running text. */
    void paragraph(String value) {
        spaced(new Paragraph(text.block(value), body));
    }

    /** A paragraph in italics. */
    void note(String value) {
        spaced(new Paragraph(text.block(value), italic));
    }

    /** A heading line of a numbered section, e.g. "1. Thành phần hồ sơ nộp gồm:". */
    void heading(String value) {
        spaced(new Paragraph(text.line(value), bold));
    }

    /** "Kính gửi: ..." centred. */
    void addressee(String name) {
        Paragraph p = new Paragraph("", body);
        p.add(new Chunk("Kính gửi: ", body));
        p.add(new Chunk(text.line(name), bold));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(8);
        add(p);
    }

    /**
     * A bordered table whose header repeats on every page and whose rows may split across pages, so that no row or
     * table is ever too long to print.
     */
    void table(float[] widths, List<String> headers, List<List<String>> rows, int[] centredColumns) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSplitLate(false);
        t.setSplitRows(true);
        t.setSpacingBefore(4);
        t.setSpacingAfter(8);
        for (String h : headers) {
            PdfPCell c = new PdfPCell(new Phrase(text.line(h), smallBold));
            c.setBackgroundColor(HEADER_FILL);
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            c.setVerticalAlignment(Element.ALIGN_MIDDLE);
            c.setPadding(4);
            t.addCell(c);
        }
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                String v = i < row.size() ? row.get(i) : "";
                PdfPCell c = new PdfPCell(new Phrase(text.block(v), small));
                c.setPadding(3);
                c.setPaddingBottom(4);
                if (contains(centredColumns, i)) {
                    c.setHorizontalAlignment(Element.ALIGN_CENTER);
                }
                t.addCell(c);
            }
        }
        add(t);
    }

    /** Signature blocks side by side, kept together on one page. */
    void signatures(List<SignatureBlock> blocks) {
        PdfPTable t = new PdfPTable(Math.max(2, blocks.size()));
        t.setWidthPercentage(100);
        t.setKeepTogether(true);
        t.setSpacingBefore(12);
        if (blocks.size() == 1) {
            t.addCell(plainCell(new Paragraph("", body))); // a lone signature sits on the right, as on the forms
        }
        for (SignatureBlock b : blocks) {
            Paragraph p = new Paragraph("", body);
            p.setAlignment(Element.ALIGN_CENTER);
            p.add(new Chunk(upper(text.line(b.role())) + "\n", bold));
            p.add(new Chunk(text.line(b.instruction()) + "\n\n\n\n\n", italic));
            p.add(new Chunk(text.line(b.name()), bold));
            t.addCell(plainCell(p));
        }
        add(t);
    }

    /** Starts a new page (the next section of a tracking book). */
    void newPage() {
        document.newPage();
    }

    private void spaced(Paragraph p) {
        p.setSpacingAfter(3);
        p.setLeading(0, 1.25f);
        add(p);
    }

    private void add(Element e) {
        try {
            document.add(e);
        } catch (DocumentException ex) {
            throw new SlipRenderingException("cannot lay out the slip", ex);
        }
    }

    private static PdfPCell plainCell(Paragraph p) {
        PdfPCell c = plainCell();
        c.addElement(p);
        return c;
    }

    private static PdfPCell plainCell() {
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        return c;
    }

    private static String upper(String s) {
        return s.toUpperCase(VI);
    }

    private static boolean contains(int[] columns, int i) {
        for (int c : columns) {
            if (c == i) {
                return true;
            }
        }
        return false;
    }

    /**
     * A signature block.
     *
     * @param role        e.g. "Người tiếp nhận hồ sơ"; printed in capitals
     * @param instruction e.g. "(Ký và ghi rõ họ tên)"
     * @param name        the signatory's name under the space for the signature
     */
    record SignatureBlock(String role, String instruction, String name) {
    }
}
