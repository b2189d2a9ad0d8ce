package vn.motcua.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.hooks.resolver.ResolverHook;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;

class ProcedureBundleConfinementTest {

    static final Bundle SYSTEM = bundle(0, "System Bundle");
    static final Bundle STORAGE = bundle(7, "motcua:platform/motcua-storage.jar");
    static final Bundle SCR_API = bundle(3, "motcua:platform/org.osgi.service.component.jar");
    static final Bundle PROCEDURE = bundle(40, "motcua:deploy/probe.jar");
    static final Bundle OTHER_PROCEDURE = bundle(41, "motcua:deploy/other.jar");
    static final Bundle ENGINE = bundle(9, "motcua:platform/motcua-engine.jar");

    static Bundle bundle(long id, String location) {
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class}, (p, m, a) -> switch (m.getName()) {
            case "getBundleId" -> id;
            case "getLocation" -> location;
            case "toString" -> location;
            case "hashCode" -> (int) id;
            case "equals" -> p == a[0];
            default -> null;
        });
    }

    static BundleRevision revision(Bundle b) {
        return (BundleRevision) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {BundleRevision.class},
                (p, m, a) -> "getBundle".equals(m.getName()) ? b : null);
    }

    static BundleCapability capability(Bundle provider, String namespace, String value) {
        return (BundleCapability) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {BundleCapability.class},
                (p, m, a) -> switch (m.getName()) {
                    case "getRevision" -> revision(provider);
                    case "getNamespace" -> namespace;
                    case "getAttributes" -> Map.of(namespace, value);
                    case "toString" -> namespace + "=" + value;
                    default -> null;
                });
    }

    static BundleRequirement requirement(Bundle requirer, String namespace) {
        return (BundleRequirement) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {BundleRequirement.class},
                (p, m, a) -> switch (m.getName()) {
                    case "getRevision" -> revision(requirer);
                    case "getNamespace" -> namespace;
                    default -> null;
                });
    }

    /** What remains of the candidates for a requirement of {@code requirer}, as "namespace=value" strings. */
    static List<String> offered(Bundle requirer, String namespace, BundleCapability... candidates) {
        List<BundleCapability> list = new ArrayList<>(List.of(candidates));
        ResolverHook hook = new ProcedureBundleConfinement().begin(List.of());
        hook.filterMatches(requirement(requirer, namespace), list);
        return list.stream().map(Object::toString).toList();
    }

    @Test
    void aProcedureBundleIsOfferedThePluginApiButNotThePlatformsInternalPackages() {
        String pkg = PackageNamespace.PACKAGE_NAMESPACE;
        assertEquals(List.of(), offered(PROCEDURE, pkg, capability(STORAGE, pkg, "vn.motcua.storage")));
        assertEquals(List.of(), offered(PROCEDURE, pkg, capability(ENGINE, pkg, "vn.motcua.engine")));
        assertEquals(List.of(), offered(PROCEDURE, pkg, capability(ENGINE, pkg, "vn.motcua.apiary")), "a prefix is not a parent package");
        assertEquals(List.of(pkg + "=vn.motcua.api.hook"), offered(PROCEDURE, pkg, capability(ENGINE, pkg, "vn.motcua.api.hook")));
        assertEquals(List.of(pkg + "=org.osgi.service.component"),
                offered(PROCEDURE, pkg, capability(SCR_API, pkg, "org.osgi.service.component")));
        assertEquals(List.of(pkg + "=org.osgi.framework"), offered(PROCEDURE, pkg, capability(SYSTEM, pkg, "org.osgi.framework")));
        assertEquals(List.of(), offered(PROCEDURE, pkg, capability(SYSTEM, pkg, "org.osgi.framework.hooks.resolver")));
        assertEquals(List.of(), offered(PROCEDURE, pkg, capability(SYSTEM, pkg, "org.osgi.framework.wiring")));
        assertEquals(List.of(pkg + "=vn.other.shared"), offered(PROCEDURE, pkg, capability(OTHER_PROCEDURE, pkg, "vn.other.shared")));
    }

    @Test
    void aProcedureBundleCannotRequireOrAttachToAPlatformBundle() {
        assertEquals(List.of(), offered(PROCEDURE, BundleNamespace.BUNDLE_NAMESPACE,
                capability(STORAGE, BundleNamespace.BUNDLE_NAMESPACE, "motcua-storage")));
        assertEquals(List.of(), offered(PROCEDURE, HostNamespace.HOST_NAMESPACE,
                capability(STORAGE, HostNamespace.HOST_NAMESPACE, "motcua-storage")));
        assertEquals(List.of("osgi.extender=motcua.procedures"), offered(PROCEDURE, "osgi.extender",
                capability(ENGINE, "osgi.extender", "motcua.procedures")));
    }

    @Test
    void platformBundlesStillWireToEachOther() {
        String pkg = PackageNamespace.PACKAGE_NAMESPACE;
        assertEquals(List.of(pkg + "=vn.motcua.storage"), offered(ENGINE, pkg, capability(STORAGE, pkg, "vn.motcua.storage")));
    }
}
