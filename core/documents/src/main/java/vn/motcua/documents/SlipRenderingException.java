package vn.motcua.documents;

/** A slip could not be rendered: no template applies to it, or the PDF library failed. */
public class SlipRenderingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SlipRenderingException(String message) {
        super(message);
    }

    public SlipRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
