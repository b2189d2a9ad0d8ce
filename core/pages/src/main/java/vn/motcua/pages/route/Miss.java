package vn.motcua.pages.route;

/** Why no route matched: the answer is 404 for an unknown path, 405 for a known path with another method. */
@SuppressWarnings("rawtypes")
public enum Miss implements Result {
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405);

    private final int status;

    Miss(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
