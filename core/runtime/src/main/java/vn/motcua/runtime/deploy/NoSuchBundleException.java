package vn.motcua.runtime.deploy;

/** No procedure bundle has the given id. */
public class NoSuchBundleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoSuchBundleException(long id) {
        super("no procedure bundle with id " + id + "; GET /api/v1/admin/bundles lists them");
    }
}
