package vn.motcua.workspace.internal;

import vn.motcua.runtime.deploy.BundleInfo;

/** How the console names bundles and their states, in Vietnamese (decision 1321). */
final class BundleStates {

    private BundleStates() {
    }

    /** A procedure bundle an administrator deployed (buttons shown); anything else is the platform's (read-only). */
    static boolean isProcedureBundle(BundleInfo b) {
        return "deploy".equals(b.origin());
    }

    /** The OSGi state (or the platform's own REFUSED, QUARANTINED) in words. */
    static String label(String state) {
        if (state == null) {
            return "—";
        }
        return switch (state) {
            case "ACTIVE" -> "Đang chạy";
            case "RESOLVED" -> "Đã tắt";
            case "INSTALLED" -> "Đã cài, chưa chạy được (thiếu thành phần phụ thuộc)";
            case "STARTING" -> "Đang khởi động";
            case "STOPPING" -> "Đang dừng";
            case "UNINSTALLED" -> "Đã gỡ bỏ";
            case "REFUSED" -> "Bị từ chối, không cài đặt";
            case "QUARANTINED" -> "Cách ly, không khởi động (lần khởi động trước gây lỗi)";
            default -> "Không rõ (" + state + ")";
        };
    }
}
