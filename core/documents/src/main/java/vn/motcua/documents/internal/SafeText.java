package vn.motcua.documents.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Makes caller text safe to print: it is only ever text. Normalises to NFC (the font has precomposed Vietnamese
 * glyphs but OpenPDF does not position combining marks), drops control and format characters (bidi overrides,
 * zero-width characters, escape sequences), prints a '?' for characters the font cannot show, and caps the length so
 * a runaway field cannot swallow the slip.
 *
 * <p>Thread-safe.
 */
final class SafeText {
    static final int LINE_LIMIT = 500;
    static final int BLOCK_LIMIT = 5000;

    private final IntPredicate printable;

    SafeText(IntPredicate printable) {
        this.printable = printable;
    }

    /** One line: all whitespace and line breaks collapse to single spaces. */
    String line(String raw) {
        String s = clean(raw);
        return cap(s, LINE_LIMIT);
    }

    /** A paragraph: line breaks are kept, runs of blank lines collapse to one. */
    String block(String raw) {
        String[] lines = Normalizer.normalize(raw, Normalizer.Form.NFC).split("\\R", -1);
        List<String> kept = new ArrayList<>();
        for (String l : lines) {
            String c = clean(l);
            if (c.isEmpty() && (kept.isEmpty() || kept.get(kept.size() - 1).isEmpty())) {
                continue;
            }
            kept.add(c);
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        return cap(String.join("\n", kept), BLOCK_LIMIT);
    }

    private String clean(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.CONTROL
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                pendingSpace = b.length() > 0;
                continue;
            }
            if (type == Character.FORMAT) {
                continue; // bidi overrides, zero-width joiners, soft hyphens: invisible, and a way to disguise text
            }
            if (pendingSpace) {
                b.append(' ');
                pendingSpace = false;
            }
            if (type == Character.SURROGATE || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                    || !printable.test(cp)) {
                b.append('?');
            } else {
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    private static String cap(String s, int limit) {
        if (s.codePointCount(0, s.length()) <= limit) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, limit - 1)) + "…";
    }
}
