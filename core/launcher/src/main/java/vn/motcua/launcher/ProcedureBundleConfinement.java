package vn.motcua.launcher;

import java.util.Collection;
import java.util.List;
import org.osgi.framework.hooks.resolver.ResolverHook;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;

/**
 * Keeps procedure bundles on the plugin API: when a procedure bundle resolves, the packages the platform bundles
 * export for each other (storage, security, engine, web, Jetty, JDBI, …) are not offered to it, so a bundle that
 * imports one of them does not resolve and is refused (decision 1620).
 *
 * <p>A procedure bundle may wire to: {@code vn.motcua.api} and its sub-packages; the OSGi framework API that the
 * system bundle exports, without the packages that administer the framework itself (hooks, launch, wiring, start
 * levels, permissions); the Declarative Services API its hooks are written with; and anything other procedure
 * bundles export. It may not Require-Bundle a platform bundle nor attach as a fragment to one, since either would
 * give it every package of that bundle.
 */
final class ProcedureBundleConfinement implements ResolverHookFactory {

    /** Packages of platform bundles (other than the system bundle) that procedure bundles may import. */
    static final List<String> PLATFORM_PACKAGES_FOR_PROCEDURES = List.of(
            "vn.motcua.api", "org.osgi.service.component", "org.osgi.util.promise", "org.osgi.util.function");
    /** Packages of the system bundle that would let a bundle administer the framework; hidden from procedure bundles. */
    static final List<String> FRAMEWORK_ADMINISTRATION_PACKAGES = List.of(
            "org.osgi.framework.hooks", "org.osgi.framework.launch", "org.osgi.framework.wiring",
            "org.osgi.framework.startlevel", "org.osgi.service.packageadmin", "org.osgi.service.startlevel",
            "org.osgi.service.permissionadmin", "org.osgi.service.condpermadmin", "org.osgi.service.resolver");

    @Override
    public ResolverHook begin(Collection<BundleRevision> triggers) {
        return new ResolverHook() {
            @Override
            public void filterResolvable(Collection<BundleRevision> candidates) {
                // every bundle may resolve; only what it may wire to is narrowed
            }

            @Override
            public void filterSingletonCollisions(BundleCapability singleton, Collection<BundleCapability> collisionCandidates) {
                // the deploy folder already refuses a second bundle of the same name
            }

            @Override
            public void filterMatches(BundleRequirement requirement, Collection<BundleCapability> candidates) {
                if (BundleOrigin.isProcedureBundle(requirement.getRevision().getBundle())) {
                    candidates.removeIf(c -> !allowed(requirement.getNamespace(), c));
                }
            }

            @Override
            public void end() {
                // nothing held
            }
        };
    }

    /** Whether a procedure bundle's requirement in {@code namespace} may be satisfied by {@code capability}. */
    static boolean allowed(String namespace, BundleCapability capability) {
        var provider = capability.getRevision().getBundle();
        if (BundleOrigin.isProcedureBundle(provider)) {
            return true;
        }
        return switch (namespace) {
            case PackageNamespace.PACKAGE_NAMESPACE -> {
                String pkg = String.valueOf(capability.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE));
                yield provider.getBundleId() == 0
                        ? FRAMEWORK_ADMINISTRATION_PACKAGES.stream().noneMatch(p -> within(pkg, p))
                        : PLATFORM_PACKAGES_FOR_PROCEDURES.stream().anyMatch(p -> within(pkg, p));
            }
            case BundleNamespace.BUNDLE_NAMESPACE, HostNamespace.HOST_NAMESPACE -> false;
            default -> true; // extenders (motcua.procedures, osgi.component), execution environments, services
        };
    }

    static boolean within(String pkg, String parent) {
        return pkg.equals(parent) || pkg.startsWith(parent + ".");
    }
}
