package vn.motcua.documents.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** A rendered PDF read back with PDFBox: text (whitespace collapsed), pages, fonts. */
record PdfText(String text, List<String> pageTexts, List<PDRectangle> pageSizes, List<Boolean> landscape,
               List<String> fonts, boolean allFontsEmbedded) {

    static PdfText read(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            String all = flat(stripper.getText(doc));
            List<String> pages = new ArrayList<>();
            List<PDRectangle> sizes = new ArrayList<>();
            List<Boolean> landscape = new ArrayList<>();
            List<String> fonts = new ArrayList<>();
            boolean embedded = true;
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(flat(stripper.getText(doc)));
                PDPage page = doc.getPage(i - 1);
                sizes.add(page.getMediaBox());
                boolean turned = page.getRotation() % 180 != 0; // OpenPDF writes landscape as a rotated portrait box
                landscape.add(turned != page.getMediaBox().getWidth() > page.getMediaBox().getHeight());
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    fonts.add(f.getName());
                    embedded &= f.isEmbedded();
                }
            }
            return new PdfText(all, pages, sizes, landscape, fonts, embedded);
        } catch (IOException e) {
            throw new AssertionError("not a readable PDF", e);
        }
    }

    int pages() {
        return pageTexts.size();
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
