package vn.motcua.pages.html;

/**
 * An HTML writer that escapes every text and attribute value it is given, so a name such as
 * {@code <script>alert(1)</script>} prints as text. Markup comes only from tag and attribute names chosen in code
 * ({@link #open}, {@link #close}, {@link #el}); there is no way to append unescaped content other than
 * {@link #trusted}, which takes compile-time constants. Not thread-safe: one per response.
 *
 * <pre>{@code
 * Html h = new Html();
 * h.open("p", "class", "lead").text(unit.name()).close("p");
 * }</pre>
 *
 * <p>Exported so that the officer workspace writes its pages with the same escaping rules (issue 6); the portal's
 * own pages are to move from their internal copy to this class.
 */
public final class Html {

    private final StringBuilder out = new StringBuilder(8192);

    /** Opens an element; attributes are name/value pairs, a null value leaves the attribute out, "" writes a bare name. */
    public Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            String value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            out.append(' ').append(attributes[i]);
            if (!value.isEmpty()) {
                out.append("=\"");
                escape(value, true);
                out.append('"');
            }
        }
        out.append('>');
        return this;
    }

    public Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element with escaped text content. */
    public Html el(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** A void element such as input or meta. */
    public Html empty(String tag, String... attributes) {
        return open(tag, attributes);
    }

    /** Escaped text; null prints nothing. */
    public Html text(String text) {
        if (text != null) {
            escape(text, false);
        }
        return this;
    }

    /** Markup written in this code base; never pass data here. */
    public Html trusted(String constantMarkup) {
        out.append(constantMarkup);
        return this;
    }

    private void escape(String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\'' -> out.append(attribute ? "&#39;" : "'");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
