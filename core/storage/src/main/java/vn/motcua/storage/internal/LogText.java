package vn.motcua.storage.internal;

/** Text from outside, made safe for one log line. */
final class LogText {

    private LogText() {
    }

    /**
     * Replaces line breaks and other control characters (including the Unicode line and paragraph separators) by
     * {@code \\uXXXX}, so that a login name such as {@code "x\n... login by admin"} cannot forge a second log line.
     */
    static String neutral(String s) {
        if (s == null) {
            return "-";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }
}
