package vn.motcua.portal.internal;

/** A page that does not exist, with an optional specific title and explanation (a disabled procedure, say). */
final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String title;
    final String lead;

    NotFound(String title, String lead) {
        super(title, null, false, false);
        this.title = title;
        this.lead = lead;
    }
}
