package vn.motcua.runtime.internal;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.motcua.api.hook.AutomatedStep;
import vn.motcua.api.hook.FormValidator;
import vn.motcua.api.hook.ProcedureHook;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.descriptor.ComponentDescriptions;
import vn.motcua.descriptor.HookBindings;
import vn.motcua.runtime.deploy.BundleCheck;
import vn.motcua.runtime.registry.RegisteredProcedure;

/**
 * Checks a jar without installing it: the same inspection and version rules as a deployment, then the hook bindings
 * the registry would compute with the jar in place of the bundle of the same name (its own hooks taken from its
 * component descriptions). Nothing is changed. Thread-safe: reads the catalogue's snapshots only.
 */
final class DryRun {
    /** The bundle id that stands for the jar under check in hook bindings. */
    private static final long JAR = -2;

    private final BundleDescriptors descriptors;
    private final ProcedureCatalogue catalogue;

    DryRun(BundleDescriptors descriptors, ProcedureCatalogue catalogue) {
        this.descriptors = descriptors;
        this.catalogue = catalogue;
    }

    BundleCheck check(String fileName, byte[] jar) {
        BundleDescriptors.JarSummary summary = descriptors.inspect(fileName, jar);
        DeclaredProcedures declared = summary.declared();
        String name = summary.symbolicName() == null ? fileName : summary.symbolicName();
        List<String> procedures = declared.procedures().stream().map(p -> p.code() + "@" + p.definition().version()).toList();
        List<String> problems = new ArrayList<>(declared.problems());
        if (problems.isEmpty()) {
            problems.addAll(VersionRules.check(declared.procedures(), catalogue.all(), false));
        }
        List<String> warnings = new ArrayList<>(declared.warnings());
        if (declared.problems().isEmpty()) {
            warnings.addAll(hookWarnings(name, declared.procedures(), summary.components()));
        }
        return new BundleCheck(name, summary.version(), procedures, problems, warnings,
                declared.procedures().stream().map(RegisteredProcedure::definition).toList());
    }

    private List<String> hookWarnings(String name, List<RegisteredProcedure> incoming,
                                      List<ComponentDescriptions.Component> components) {
        List<ProcedureDefinition> declared = new ArrayList<>();
        catalogue.all().stream().filter(p -> !Objects.equals(p.source().bundleName(), name))
                .forEach(p -> declared.add(p.definition()));
        incoming.forEach(p -> declared.add(p.definition()));
        List<HookBindings.Registration> registrations = new ArrayList<>();
        catalogue.hookRegistrations().stream().filter(r -> !r.origin().startsWith(name + " ")).forEach(registrations::add);
        for (ComponentDescriptions.Component c : components) {
            for (Class<? extends ProcedureHook> type : List.of(FormValidator.class, AutomatedStep.class)) {
                if (c.provides(type)) {
                    registrations.add(new HookBindings.Registration(standIn(type), c.properties().get(ProcedureHook.PROCEDURE_PROPERTY),
                            c.properties().get(AutomatedStep.STEP_PROPERTY), name + " (" + c.name() + ")", JAR));
                }
            }
        }
        HookBindings bindings = HookBindings.bind(declared, registrations);
        List<String> warnings = new ArrayList<>();
        for (RegisteredProcedure p : incoming) {
            List<String> missing = bindings.missing(p.definition());
            if (!missing.isEmpty()) {
                warnings.add(p.source().descriptorPath() + ": procedure " + p.code() + " would wait, not offered, for "
                        + String.join(", ", missing) + ": neither the jar nor a running bundle registers it");
            }
        }
        bindings.problems().stream().filter(p -> p.originId() == JAR).map(HookBindings.Problem::message).forEach(warnings::add);
        return warnings;
    }

    /** A hook the jar declares but that is not loaded: only its type matters to the binding rules. */
    private static ProcedureHook standIn(Class<? extends ProcedureHook> type) {
        return (ProcedureHook) Proxy.newProxyInstance(DryRun.class.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            throw new UnsupportedOperationException("a dry run does not run hooks");
        });
    }
}
