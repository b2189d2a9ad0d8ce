package vn.motcua.launcher;

import org.osgi.framework.Bundle;

/**
 * Which side of the trust line a bundle is on. Procedure bundles are the ones the runtime's deploy folder installs
 * (location {@code motcua:deploy/<file>}, the same prefix as {@code vn.motcua.runtime.internal.DeployFolder}); every
 * other bundle is the platform (the system bundle and the distribution's {@code bundles/}).
 */
final class BundleOrigin {

    static final String DEPLOY_PREFIX = "motcua:deploy/";

    private BundleOrigin() {
    }

    static boolean isProcedureBundle(Bundle bundle) {
        return bundle != null && bundle.getBundleId() != 0 && bundle.getLocation().startsWith(DEPLOY_PREFIX);
    }

    /** The deploy folder's file name of a procedure bundle. */
    static String fileOf(Bundle bundle) {
        return bundle.getLocation().substring(DEPLOY_PREFIX.length());
    }
}
