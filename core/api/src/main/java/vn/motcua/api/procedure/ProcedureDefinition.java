package vn.motcua.api.procedure;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One administrative procedure as a bundle declares it.
 *
 * @param code        national procedure code, e.g. {@code 1.001193} (descriptor key {@code code})
 * @param name        official Vietnamese name, e.g. "Đăng ký khai sinh"
 * @param field       field of administration (lĩnh vực), e.g. "Hộ tịch"
 * @param version     version of this declaration, e.g. {@code 2025.1}; dossiers keep the version they were received under
 * @param applicability which units may receive it: a unit level, or an explicit list of units (an override)
 * @param disclosure  the public disclosure: legal basis, documents, fees, time limit, channels
 * @param form        the online form: typed fields and declarative rules
 * @param steps       processing steps in the order a dossier normally takes; the first is where an accepted dossier starts
 * @param clockPolicy what happens to the time limit after a supplement during processing (default restart)
 * @param complianceCost inputs of the compliance cost (Circular 02/2017/TT-VPCP Art. 27); may be {@code null}
 * @param requiredHooks  Java hooks the procedure cannot be served without (descriptor key {@code hooks}, e.g.
 *                       {@code [validator]}); until they are registered the platform lists it as waiting, not offered.
 *                       Automated steps are required per step ({@link Step#automated()}).
 */
public record ProcedureDefinition(
        String code,
        String name,
        String field,
        String version,
        Applicability applicability,
        Disclosure disclosure,
        Form form,
        List<Step> steps,
        ClockPolicy clockPolicy,
        ComplianceCost complianceCost,
        Set<HookKind> requiredHooks) {

    /** A definition that requires no hook (the shape before 1.1). */
    public ProcedureDefinition(String code, String name, String field, String version, Applicability applicability,
                               Disclosure disclosure, Form form, List<Step> steps, ClockPolicy clockPolicy,
                               ComplianceCost complianceCost) {
        this(code, name, field, version, applicability, disclosure, form, steps, clockPolicy, complianceCost, Set.of());
    }

    public ProcedureDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(applicability, "applicability");
        Objects.requireNonNull(disclosure, "disclosure");
        form = form == null ? new Form(List.of()) : form;
        steps = steps == null ? List.of() : List.copyOf(steps);
        clockPolicy = clockPolicy == null ? ClockPolicy.RESTART : clockPolicy;
        requiredHooks = requiredHooks == null || requiredHooks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(requiredHooks));
    }

    /** The step with this id, if declared. */
    public java.util.Optional<Step> step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
