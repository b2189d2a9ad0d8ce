package vn.motcua.pages.http;

/**
 * A request whose parameters or multipart body cannot be read: broken, cut off, or over the servlet's size limits.
 * The client's fault, so a 400 (or 413 when {@link #tooLarge()}), never a 500.
 */
public final class UnreadableFormException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final boolean tooLarge;

    public UnreadableFormException(boolean tooLarge, Throwable cause) {
        super(tooLarge ? "the form is over the size limit" : "the form cannot be read", cause);
        this.tooLarge = tooLarge;
    }

    /** Whether the body went over the servlet's multipart limits (answer 413). */
    public boolean tooLarge() {
        return tooLarge;
    }
}
