package vn.motcua.runtime.deploy;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Install, update, start, stop and remove procedure bundles at runtime. Thread-safe; operations are serialised. */
@ProviderType
public interface BundleAdministration {

    /** Every bundle, procedure bundles first, and files of the deploy folder that were refused. */
    List<BundleInfo> list();

    /**
     * Installs a jar, or updates the bundle with the same symbolic name. The jar is checked first; if it is
     * refused, the running version is untouched.
     *
     * @param fileName the name the client gave, only for messages
     * @param jar      the jar's bytes
     * @throws DeploymentRefusedException with every problem found
     */
    BundleInfo deploy(String fileName, byte[] jar);

    /**
     * Checks a jar as {@link #deploy} would, and predicts what the registry would make of it, without installing it or
     * touching the running version (a dry run).
     *
     * @param fileName the name the client gave, only for messages
     * @param jar      the jar's bytes
     */
    BundleCheck check(String fileName, byte[] jar);

    /** Starts (enables) a procedure bundle. @throws NoSuchBundleException if there is none with this id */
    BundleInfo start(long id);

    /** Stops (disables) a procedure bundle: its procedures stop taking new dossiers; dossiers in flight go on. */
    BundleInfo stop(long id);

    /**
     * Puts back the version of a procedure bundle that was installed before the current one (the deploy folder keeps
     * the last few versions of each file). @throws DeploymentRefusedException when there is no earlier version
     */
    BundleInfo rollback(long id);

    /** Uninstalls a procedure bundle and removes its jar from the deploy folder. */
    void uninstall(long id);

    /**
     * Whether this node keeps up with the bundles shared by every node (readiness, decision 1414).
     * @since 1.5
     */
    default BundleSync sync() {
        return BundleSync.ALONE;
    }
}
