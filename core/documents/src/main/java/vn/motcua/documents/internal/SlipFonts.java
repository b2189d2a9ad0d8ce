package vn.motcua.documents.internal;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import vn.motcua.documents.SlipRenderingException;

/**
 * The embedded fonts: Liberation Serif 2.00 (SIL Open Font License 1.1), unpacked into this bundle at build time
 * from a Maven Central artifact (decision 0501). Nothing is read from the server's fonts.
 *
 * <p>The fonts are parsed once and shared: an OpenPDF {@link BaseFont} is read-only after creation and each document
 * keeps its own record of the glyphs to subset. Thread-safe.
 */
final class SlipFonts {
    private static final String DIR = "fonts/liberation/";

    final BaseFont regular;
    final BaseFont bold;
    final BaseFont italic;

    private SlipFonts(BaseFont regular, BaseFont bold, BaseFont italic) {
        this.regular = regular;
        this.bold = bold;
        this.italic = italic;
    }

    /** Reads the fonts from this bundle's resources. */
    static SlipFonts load() {
        return new SlipFonts(font("LiberationSerif-Regular.ttf"), font("LiberationSerif-Bold.ttf"),
                font("LiberationSerif-Italic.ttf"));
    }

    /** Whether every font has a glyph for the code point, so that bold and italic text show it too. */
    boolean covers(int codePoint) {
        return regular.charExists(codePoint) && bold.charExists(codePoint) && italic.charExists(codePoint);
    }

    private static BaseFont font(String file) {
        try (InputStream in = SlipFonts.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new SlipRenderingException("font " + DIR + file + " is missing from the bundle");
            }
            // IDENTITY_H + EMBEDDED: Unicode text, the used glyphs are subset into every PDF.
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException | com.lowagie.text.DocumentException e) {
            throw new SlipRenderingException("cannot read font " + file, e);
        }
    }
}
