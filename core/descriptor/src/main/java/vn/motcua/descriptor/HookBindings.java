package vn.motcua.descriptor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.motcua.api.hook.AutomatedStep;
import vn.motcua.api.hook.FormValidator;
import vn.motcua.api.hook.ProcedureHook;
import vn.motcua.api.procedure.HookKind;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.Step;

/**
 * Which registered Java hook serves which procedure and step. The one set of binding rules, used by the platform's
 * registry and by the test kit, so a hook that the kit accepts is bound the same way in production:
 * <ul>
 *   <li>a hook names its procedure with {@value ProcedureHook#PROCEDURE_PROPERTY}; one naming a procedure no
 *       declaration has (a typo) is reported, not silently ignored;</li>
 *   <li>an {@link AutomatedStep} also names its step with {@value AutomatedStep#STEP_PROPERTY}, which must be a step of
 *       that procedure; a second hook for the same step is refused (the first registered keeps it);</li>
 *   <li>a procedure that requires a hook ({@code hooks: [validator]}, {@code automated: true}) is {@link #missing
 *       missing} it until one is bound; the platform then lists it as waiting and does not offer it.</li>
 * </ul>
 * Immutable and thread-safe; build a new one when declarations or registrations change.
 */
public final class HookBindings {

    /**
     * One registered hook.
     *
     * @param hook          the hook object
     * @param procedureCode its {@value ProcedureHook#PROCEDURE_PROPERTY} property, or {@code null} when absent
     * @param stepId        its {@value AutomatedStep#STEP_PROPERTY} property, or {@code null}
     * @param origin        who registered it, for messages, e.g. the bundle and component name
     * @param originId      the registering bundle's id, to attach problems to it ({@code -1} when not a bundle)
     */
    public record Registration(ProcedureHook hook, String procedureCode, String stepId, String origin, long originId) {
        public Registration {
            Objects.requireNonNull(hook, "hook");
            Objects.requireNonNull(origin, "origin");
        }
    }

    /**
     * Something wrong with one registration.
     *
     * @param originId the registering bundle's id, {@code -1} when unknown
     * @param message  what is wrong and what to do
     */
    public record Problem(long originId, String message) {
    }

    private final Map<String, List<FormValidator>> validators;
    private final Map<String, AutomatedStep> automated;
    private final List<Problem> problems;

    private HookBindings(Map<String, List<FormValidator>> validators, Map<String, AutomatedStep> automated,
                         List<Problem> problems) {
        this.validators = validators;
        this.automated = automated;
        this.problems = List.copyOf(problems);
    }

    /** No declaration, no hook. */
    public static HookBindings none() {
        return new HookBindings(Map.of(), Map.of(), List.of());
    }

    /**
     * Binds hooks to the declared procedures.
     *
     * @param declared      every declared procedure (all versions and unit overrides)
     * @param registrations the hooks, first registered first: an earlier hook for a step keeps it
     */
    public static HookBindings bind(Collection<ProcedureDefinition> declared, List<Registration> registrations) {
        Map<String, Set<String>> stepsByCode = new HashMap<>();
        for (ProcedureDefinition p : declared) {
            Set<String> steps = stepsByCode.computeIfAbsent(p.code(), c -> new TreeSet<>());
            p.steps().forEach(s -> steps.add(s.id()));
        }
        Map<String, List<FormValidator>> validators = new LinkedHashMap<>();
        Map<String, AutomatedStep> automated = new LinkedHashMap<>();
        Map<String, String> automatedOrigin = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Registration r : registrations) {
            String what = kind(r.hook()) + " " + r.hook().getClass().getName() + " of " + r.origin();
            if (r.procedureCode() == null || r.procedureCode().isBlank()) {
                problems.add(new Problem(r.originId(), what + " has no " + ProcedureHook.PROCEDURE_PROPERTY
                        + " property; add property = \"" + ProcedureHook.PROCEDURE_PROPERTY + "=<procedure code>\" to its @Component"));
                continue;
            }
            Set<String> steps = stepsByCode.get(r.procedureCode());
            if (steps == null) {
                problems.add(new Problem(r.originId(), what + " is registered for procedure " + r.procedureCode()
                        + ", which no bundle declares, so it is not used; correct " + ProcedureHook.PROCEDURE_PROPERTY
                        + " (declared procedures: " + new TreeSet<>(stepsByCode.keySet()) + ")"));
                continue;
            }
            if (r.hook() instanceof FormValidator validator) {
                validators.computeIfAbsent(r.procedureCode(), c -> new ArrayList<>()).add(validator);
            }
            if (r.hook() instanceof AutomatedStep step) {
                if (r.stepId() == null || !steps.contains(r.stepId())) {
                    problems.add(new Problem(r.originId(), what + " names step '" + r.stepId() + "' with "
                            + AutomatedStep.STEP_PROPERTY + ", which procedure " + r.procedureCode()
                            + " does not have, so it is not used; use one of " + steps));
                    continue;
                }
                String key = r.procedureCode() + "/" + r.stepId();
                if (automated.containsKey(key)) {
                    problems.add(new Problem(r.originId(), what + " is refused: step " + key + " already has an automated"
                            + " step from " + automatedOrigin.get(key) + "; one step has one hook, unregister one of them"));
                    continue;
                }
                automated.put(key, step);
                automatedOrigin.put(key, r.origin());
            }
        }
        validators.replaceAll((code, list) -> List.copyOf(list));
        return new HookBindings(Map.copyOf(validators), Map.copyOf(automated), problems);
    }

    /** The cross-field validators of a procedure, in registration order. */
    public List<FormValidator> validators(String procedureCode) {
        return validators.getOrDefault(procedureCode, List.of());
    }

    /** The automated step bound to a procedure's step, if any. */
    public Optional<AutomatedStep> automatedStep(String procedureCode, String stepId) {
        return Optional.ofNullable(automated.get(procedureCode + "/" + stepId));
    }

    /**
     * The hooks a procedure requires and does not have, e.g. {@code [validator, automated step 'tra-cuu']};
     * empty when it can be served.
     */
    public List<String> missing(ProcedureDefinition procedure) {
        List<String> missing = new ArrayList<>();
        if (procedure.requiredHooks().contains(HookKind.VALIDATOR) && validators(procedure.code()).isEmpty()) {
            missing.add("validator");
        }
        for (Step step : procedure.steps()) {
            if (step.automated() && automatedStep(procedure.code(), step.id()).isEmpty()) {
                missing.add("automated step '" + step.id() + "'");
            }
        }
        return missing;
    }

    /** Registrations that are not used, and why. */
    public List<Problem> problems() {
        return problems;
    }

    private static String kind(ProcedureHook hook) {
        if (hook instanceof AutomatedStep) {
            return "automated step";
        }
        return hook instanceof FormValidator ? "validator" : "hook";
    }
}
