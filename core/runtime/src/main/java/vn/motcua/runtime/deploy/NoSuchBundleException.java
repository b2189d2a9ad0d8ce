package vn.motcua.runtime.deploy;

/** No procedure bundle has the given id. */
public class NoSuchBundleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoSuchBundleException(long id) {
        // Shown to administrators as it is (HTTP 404): Vietnamese, like every message a user reads (decision 0202).
        super("Không có gói thủ tục mã số " + id + "; danh sách các gói ở trang quản trị hoặc GET /api/v1/admin/bundles.");
    }
}
