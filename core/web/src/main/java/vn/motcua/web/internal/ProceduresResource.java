package vn.motcua.web.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.api.procedure.Applicability;
import vn.motcua.api.procedure.ComplianceCost;
import vn.motcua.api.procedure.Disclosure;
import vn.motcua.api.procedure.Form;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.Step;
import vn.motcua.descriptor.VietnameseText;
import vn.motcua.runtime.registry.ProcedureRegistry;
import vn.motcua.runtime.registry.ProcedureSource;
import vn.motcua.runtime.registry.RegisteredProcedure;
import vn.motcua.runtime.registry.Resolution;
import vn.motcua.runtime.units.Unit;

/** The procedure catalogue: {@code GET /procedures} and {@code GET /procedures/{code}}. */
final class ProceduresResource {

    /** Where a procedure comes from, as clients see it. */
    record SourceView(long bundleId, String bundle, String bundleVersion, String descriptor, String sha256) {
        static SourceView of(ProcedureSource s) {
            return new SourceView(s.bundleId(), s.bundleName(), s.bundleVersion(), s.descriptorPath(), s.sha256());
        }
    }

    /** One line of the catalogue. */
    record Summary(String code, String name, String field, String version, Applicability applicability, boolean override,
                   vn.motcua.api.procedure.TimeLimit timeLimit, vn.motcua.api.procedure.OnlineMode onlineMode,
                   SourceView source) {
    }

    /** The full public disclosure with form and steps. */
    record Detail(String code, String name, String field, String version, Applicability applicability,
                  Disclosure disclosure, Form form, List<Step> steps, vn.motcua.api.procedure.ClockPolicy clockPolicy,
                  ComplianceCost complianceCost, SourceView source, String unit, String availability) {
    }

    private final ProcedureRegistry registry;
    private final UnitsResource units;

    ProceduresResource(ProcedureRegistry registry, UnitsResource units) {
        this.registry = registry;
        this.units = units;
    }

    Reply list(ApiCall call) {
        Optional<Unit> unit = units.fromQuery(call);
        List<RegisteredProcedure> procedures = unit.map(registry::offeredAt).orElseGet(registry::all);
        Optional<String> q = call.query("q").map(VietnameseText::fold);
        List<Summary> items = procedures.stream()
                .filter(p -> q.isEmpty() || p.searchKey().contains(q.get()))
                .map(ProceduresResource::summary)
                .toList();
        return Reply.ok(Map.of("procedures", items, "count", items.size()));
    }

    Reply detail(ApiCall call) {
        String code = call.path("code");
        Optional<Unit> unit = units.fromQuery(call);
        if (unit.isEmpty()) {
            RegisteredProcedure p = registry.all().stream().filter(r -> r.code().equals(code)).findFirst()
                    .orElseThrow(() -> notDeclared(code));
            return Reply.ok(detail(p, null, "declared"));
        }
        RegisteredProcedure p = offered(code, unit.get(), false);
        return Reply.ok(detail(p, unit.get().code(), "offered"));
    }

    /**
     * The procedure serving a unit, or the problem a client should see. While its bundle is being updated, reads
     * get the version being replaced and writes get 503 with Retry-After, so nothing is received under a version
     * that is going away.
     */
    RegisteredProcedure offered(String code, Unit unit, boolean forSubmission) {
        Resolution r = registry.resolve(code, unit);
        return switch (r.status()) {
            case OFFERED -> r.procedure().orElseThrow();
            case UPDATING -> {
                if (!forSubmission) {
                    yield r.procedure().orElseThrow();
                }
                throw ProcedureProblems.updating(code);
            }
            case DISABLED -> throw ProcedureProblems.disabled(code, unit.name());
            case WAITING -> throw ProcedureProblems.waiting(code, unit.name());
            case NOT_OFFERED -> throw ProcedureProblems.notOffered(code, unit.name());
        };
    }

    private static ApiProblem notDeclared(String code) {
        return ApiProblem.notFound("no_such_procedure", "Không có thủ tục mã " + code + " trong hệ thống.");
    }

    private static Summary summary(RegisteredProcedure p) {
        ProcedureDefinition d = p.definition();
        return new Summary(d.code(), d.name(), d.field(), d.version(), d.applicability(), d.applicability().isOverride(),
                d.disclosure().timeLimit(), d.disclosure().onlineMode(), SourceView.of(p.source()));
    }

    private static Detail detail(RegisteredProcedure p, String unit, String availability) {
        ProcedureDefinition d = p.definition();
        return new Detail(d.code(), d.name(), d.field(), d.version(), d.applicability(), d.disclosure(), d.form(), d.steps(),
                d.clockPolicy(), d.complianceCost(), SourceView.of(p.source()), unit, availability);
    }
}
