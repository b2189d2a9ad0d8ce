package vn.motcua.workspace.internal;

import vn.motcua.pages.i18n.Messages;
import vn.motcua.runtime.deploy.BundleInfo;

/** How the console tells procedure bundles from the platform's and names their states (decision 1321). */
final class BundleStates {

    private BundleStates() {
    }

    /** A procedure bundle an administrator deployed (buttons shown); anything else is the platform's (read-only). */
    static boolean isProcedureBundle(BundleInfo b) {
        return "deploy".equals(b.origin());
    }

    /** The OSGi state (or the platform's own REFUSED, QUARANTINED) in words of the reader's language. */
    static String label(Messages m, String state) {
        if (state == null) {
            return "—";
        }
        return switch (state) {
            case "ACTIVE" -> m.t("bundle.state.ACTIVE");
            case "RESOLVED" -> m.t("bundle.state.RESOLVED");
            case "INSTALLED" -> m.t("bundle.state.INSTALLED");
            case "STARTING" -> m.t("bundle.state.STARTING");
            case "STOPPING" -> m.t("bundle.state.STOPPING");
            case "UNINSTALLED" -> m.t("bundle.state.UNINSTALLED");
            case "REFUSED" -> m.t("bundle.state.REFUSED");
            case "QUARANTINED" -> m.t("bundle.state.QUARANTINED");
            default -> m.t("bundle.state.unknown", state);
        };
    }
}
