package vn.motcua.pages.route;

/** A path without its leading and trailing slashes, split at the others; "" and "/" have no segments. */
final class Segments {

    private Segments() {
    }

    static String[] of(String path) {
        String p = path == null ? "" : path;
        int start = 0;
        int end = p.length();
        while (start < end && p.charAt(start) == '/') {
            start++;
        }
        while (end > start && p.charAt(end - 1) == '/') {
            end--;
        }
        return start == end ? new String[0] : p.substring(start, end).split("/", -1);
    }
}
