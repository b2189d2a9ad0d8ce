package vn.motcua.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import vn.motcua.api.hook.AutomatedStep;
import vn.motcua.api.hook.FormValidator;
import vn.motcua.api.hook.ProcedureHook;
import vn.motcua.descriptor.ComponentDescriptions;
import vn.motcua.descriptor.DescriptorProblem;
import vn.motcua.descriptor.HookBindings;

/**
 * Loads a bundle's hooks from its Declarative Services component descriptions, as the platform's Service Component
 * Runtime would: the components named by the {@code Service-Component} header of the bundle's manifest (or, before
 * bnd wrote one, every {@code OSGI-INF/*.xml}) that provide a hook, created with their public no-argument constructor
 * and registered with their properties.
 */
final class BundleHooks {
    /** The file name problems of component descriptions are reported under. */
    static final String COMPONENTS = "OSGI-INF";

    /** A hook component: the registration, or why it cannot be made. */
    record Loaded(Optional<HookBindings.Registration> registration, Optional<DescriptorProblem> problem) {
    }

    private BundleHooks() {
    }

    static List<Loaded> load(Path root, ClassLoader loader) {
        List<Loaded> loaded = new ArrayList<>();
        for (Path file : descriptions(root)) {
            String name = root.relativize(file).toString().replace('\\', '/');
            try (InputStream in = Files.newInputStream(file)) {
                for (ComponentDescriptions.Component c : ComponentDescriptions.read(name, in)) {
                    if (c.provides(FormValidator.class) || c.provides(AutomatedStep.class)) {
                        loaded.add(create(name, c, loader));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            } catch (IllegalArgumentException e) {
                loaded.add(new Loaded(Optional.empty(), Optional.of(new DescriptorProblem(name, 0, 0, "", e.getMessage()))));
            }
        }
        return loaded;
    }

    private static Loaded create(String file, ComponentDescriptions.Component c, ClassLoader loader) {
        try {
            Object instance = Class.forName(c.implementation(), true, loader).getConstructor().newInstance();
            if (!(instance instanceof ProcedureHook hook)) {
                return problem(file, "component " + c.name() + " provides a hook interface but " + c.implementation()
                        + " does not implement it");
            }
            return new Loaded(Optional.of(new HookBindings.Registration(hook, c.properties().get(ProcedureHook.PROCEDURE_PROPERTY),
                    c.properties().get(AutomatedStep.STEP_PROPERTY), "component " + c.name(), -1)), Optional.empty());
        } catch (ClassNotFoundException e) {
            return problem(file, "component " + c.name() + ": class " + c.implementation() + " is not on the class path");
        } catch (NoSuchMethodException e) {
            return problem(file, "component " + c.name() + ": " + c.implementation() + " needs a public constructor without"
                    + " parameters for the kit to create it; give hooks no references, they should be pure functions of the form");
        } catch (InvocationTargetException | InstantiationException | IllegalAccessException e) {
            return problem(file, "component " + c.name() + ": " + c.implementation() + " cannot be created: " + e);
        }
    }

    private static Loaded problem(String file, String message) {
        return new Loaded(Optional.empty(), Optional.of(new DescriptorProblem(file, 0, 0, "", message)));
    }

    /** The description files: those the manifest names, else every OSGI-INF/*.xml. */
    private static List<Path> descriptions(Path root) {
        Path manifest = root.resolve("META-INF/MANIFEST.MF");
        try {
            if (Files.isRegularFile(manifest)) {
                try (InputStream in = Files.newInputStream(manifest)) {
                    String header = new Manifest(in).getMainAttributes().getValue("Service-Component");
                    if (header != null) {
                        return ComponentDescriptions.paths(header).stream().map(root::resolve).filter(Files::isRegularFile).toList();
                    }
                }
            }
            Path folder = root.resolve("OSGI-INF");
            if (!Files.isDirectory(folder)) {
                return List.of();
            }
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(f -> f.getFileName().toString().endsWith(".xml")).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the component descriptions under " + root, e);
        }
    }
}
