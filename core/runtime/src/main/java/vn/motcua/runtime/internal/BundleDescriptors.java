package vn.motcua.runtime.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import org.osgi.framework.Bundle;
import vn.motcua.descriptor.ComponentDescriptions;
import vn.motcua.descriptor.DescriptorReader;
import vn.motcua.descriptor.DescriptorResult;

/**
 * Reads the descriptors a bundle declares, either from an installed bundle (for the extender) or from a jar not
 * yet installed (to refuse a broken update before it replaces the running version). One reading path for both.
 */
final class BundleDescriptors {

    /**
     * What a jar is, as far as deployment cares.
     *
     * @param components its Declarative Services components (to see which hooks it will register); empty when unreadable
     */
    record JarSummary(String symbolicName, String version, DeclaredProcedures declared,
                      List<ComponentDescriptions.Component> components) {
    }

    private final DescriptorReader reader;

    BundleDescriptors(DescriptorReader reader) {
        this.reader = reader;
    }

    /** Descriptors of an installed bundle, or {@code null} if it is not a procedure bundle. */
    DeclaredProcedures of(Bundle bundle) {
        String header = bundle.getHeaders("").get(DescriptorHeader.NAME);
        if (header == null) {
            return null;
        }
        DescriptorHeader globs = DescriptorHeader.parse(header);
        List<DescriptorResult> results = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries("/", "*", true);
        List<URL> urls = entries == null ? List.of() : Collections.list(entries);
        for (URL url : urls) {
            String path = url.getPath();
            if (!path.endsWith("/") && globs.matches(path)) {
                try (InputStream in = url.openStream()) {
                    results.add(reader.read(strip(path), in.readAllBytes()));
                } catch (IOException e) {
                    problems.add(strip(path) + ": cannot be read: " + e.getMessage());
                }
            }
        }
        if (results.isEmpty() && problems.isEmpty()) {
            problems.add(DescriptorHeader.NAME + ": '" + header + "' matches no file in the bundle; put descriptors under procedures/");
        }
        return DeclaredProcedures.from(bundle.getBundleId(), bundle.getSymbolicName(), bundle.getVersion().toString(), results, problems);
    }

    /** Inspects a jar before installation; every problem is collected, nothing is thrown for bad content. */
    JarSummary inspect(String fileName, byte[] jar) {
        List<String> problems = new ArrayList<>();
        List<DescriptorResult> results = new ArrayList<>();
        List<ComponentDescriptions.Component> components = new ArrayList<>();
        String name = null;
        String version = "0.0.0";
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            Manifest manifest = in.getManifest();
            if (manifest == null) {
                problems.add(fileName + ": not an OSGi bundle (no META-INF/MANIFEST.MF as first entries); build it with bnd-maven-plugin");
                return new JarSummary(null, version, DeclaredProcedures.from(-1, fileName, version, List.of(), problems), List.of());
            }
            Attributes main = manifest.getMainAttributes();
            name = main.getValue("Bundle-SymbolicName");
            if (name == null) {
                problems.add(fileName + ": MANIFEST.MF has no Bundle-SymbolicName; build it with bnd-maven-plugin");
            } else {
                name = name.split(";")[0].strip();
                if (!name.matches("[A-Za-z0-9_.-]{1,200}")) {
                    // The name becomes a file name in the deploy folder: nothing but a plain symbolic name is accepted.
                    problems.add(fileName + ": Bundle-SymbolicName '" + name + "' must be letters, digits, '.', '_' or '-'");
                    name = null;
                }
            }
            version = main.getValue("Bundle-Version") == null ? "0.0.0" : main.getValue("Bundle-Version").strip();
            List<String> componentPaths = ComponentDescriptions.paths(main.getValue("Service-Component"));
            String header = main.getValue(DescriptorHeader.NAME);
            if (header == null) {
                problems.add(fileName + ": MANIFEST.MF has no " + DescriptorHeader.NAME
                        + " header; a procedure bundle names its descriptors there (the plugins parent POM adds it)");
            } else {
                DescriptorHeader globs = DescriptorHeader.parse(header);
                for (JarEntry entry; (entry = in.getNextJarEntry()) != null; ) {
                    if (!entry.isDirectory() && globs.matches(entry.getName())) {
                        results.add(reader.read(entry.getName(), in.readAllBytes()));
                    } else if (componentPaths.contains(entry.getName())) {
                        try {
                            components.addAll(ComponentDescriptions.read(entry.getName(), new ByteArrayInputStream(in.readAllBytes())));
                        } catch (IllegalArgumentException e) {
                            problems.add(fileName + ": " + e.getMessage());
                        }
                    }
                }
                if (results.isEmpty()) {
                    problems.add(fileName + ": " + DescriptorHeader.NAME + " '" + header + "' matches no file in the jar");
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(fileName + ": not a readable jar: " + e.getMessage());
        }
        return new JarSummary(name, version, DeclaredProcedures.from(-1, name == null ? fileName : name, version, results, problems),
                List.copyOf(components));
    }

    private static String strip(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
