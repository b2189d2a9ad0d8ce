package vn.motcua.web.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import vn.motcua.runtime.deploy.BundleAdministration;
import vn.motcua.runtime.deploy.BundleCheck;
import vn.motcua.runtime.deploy.BundleInfo;
import vn.motcua.runtime.registry.ProcedureRegistry;
import vn.motcua.runtime.units.Unit;
import vn.motcua.security.StaffIdentity;
import vn.motcua.security.StaffRole;

/**
 * Administration: procedure bundles at runtime (city administrators only), and switching a procedure on or off for
 * one unit (its unit administrator or a city administrator). Every change goes to the audit log.
 */
final class AdminResource {

    static final int MAX_BUNDLE_BYTES = 20 * 1024 * 1024;

    private final StaffContext staff;
    private final Audit audit;
    private final BundleAdministration bundles;
    private final ProcedureRegistry registry;
    private final UnitsResource units;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    AdminResource(StaffContext staff, Audit audit, BundleAdministration bundles, ProcedureRegistry registry, UnitsResource units,
                  com.fasterxml.jackson.databind.ObjectMapper json) {
        this.staff = staff;
        this.audit = audit;
        this.bundles = bundles;
        this.registry = registry;
        this.units = units;
        this.json = json;
    }

    Reply list(ApiCall call) {
        staff.require(call, StaffRole.CITY_ADMIN);
        List<BundleInfo> all = bundles.list();
        return Reply.ok(Map.of("bundles", all, "count", all.size()));
    }

    Reply upload(ApiCall call) {
        StaffIdentity who = staff.require(call, StaffRole.CITY_ADMIN);
        String name = call.query("filename").orElse("upload.jar");
        byte[] jar = MultipartJar.extract(call, MAX_BUNDLE_BYTES);
        if (jar.length == 0) {
            throw new ApiProblem(400, "empty_upload", "Thiếu tệp", "Gửi tệp .jar của gói thủ tục trong thân yêu cầu.",
                    List.of(new ApiProblem.FieldMessage("file", "required", "Cần tệp .jar của gói thủ tục.")), Map.of());
        }
        if (call.query("dryRun").map("true"::equalsIgnoreCase).orElse(false)) {
            // Nothing changes, so nothing is audited: the answer lists every problem and warning, deployable or not.
            BundleCheck check = bundles.check(name, jar);
            Map<String, Object> answer = new java.util.LinkedHashMap<>();
            answer.put("name", check.name());
            answer.put("version", check.version());
            answer.put("deployable", check.deployable());
            answer.put("procedures", check.procedures());
            answer.put("problems", check.problems());
            answer.put("warnings", check.warnings());
            return Reply.ok(answer);
        }
        BundleInfo info = bundles.deploy(name, jar);
        audit.record(call, who, "bundle_deployed", info.name() + " " + info.version() + " (id " + info.id() + ", " + name + ")");
        return Reply.created(info);
    }

    Reply start(ApiCall call) {
        StaffIdentity who = staff.require(call, StaffRole.CITY_ADMIN);
        BundleInfo info = bundles.start(id(call));
        audit.record(call, who, "bundle_started", info.name() + " " + info.version() + " (id " + info.id() + ")");
        return Reply.ok(info);
    }

    Reply stop(ApiCall call) {
        StaffIdentity who = staff.require(call, StaffRole.CITY_ADMIN);
        BundleInfo info = bundles.stop(id(call));
        audit.record(call, who, "bundle_stopped", info.name() + " " + info.version() + " (id " + info.id() + ")");
        return Reply.ok(info);
    }

    /** Puts back the version installed before the current one (decision 0004: the deploy folder keeps the history). */
    Reply rollback(ApiCall call) {
        StaffIdentity who = staff.require(call, StaffRole.CITY_ADMIN);
        BundleInfo info = bundles.rollback(id(call));
        audit.record(call, who, "bundle_rolled_back", info.name() + " " + info.version() + " (id " + info.id() + ")");
        return Reply.ok(info);
    }

    Reply uninstall(ApiCall call) {
        StaffIdentity who = staff.require(call, StaffRole.CITY_ADMIN);
        long id = id(call);
        bundles.uninstall(id);
        audit.record(call, who, "bundle_uninstalled", "id " + id);
        return Reply.noContent();
    }

    /** Body {@code {"enabled": false}} switches the procedure off for the unit. */
    Reply switchProcedure(ApiCall call) {
        StaffIdentity who = staff.require(call);
        Unit unit = units.fromPath(call.path("unit"));
        if (!who.has(StaffRole.CITY_ADMIN) && !who.has(StaffRole.UNIT_ADMIN, unit.code())) {
            throw ApiProblem.of(403, "forbidden", "Không có quyền", "Chỉ quản trị Thành phố hoặc quản trị đơn vị " + unit.code()
                    + " được bật, tắt thủ tục của đơn vị này.");
        }
        String code = call.path("code");
        if (registry.all().stream().noneMatch(p -> p.code().equals(code))) {
            throw ApiProblem.notFound("no_such_procedure", "Không có thủ tục mã " + code + " trong hệ thống.");
        }
        Boolean enabled;
        try {
            Map<?, ?> body = json.readValue(new String(call.body(4096), StandardCharsets.UTF_8), Map.class);
            enabled = body.get("enabled") instanceof Boolean b ? b : null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw BodyProblems.malformed(e);
        }
        if (enabled == null) {
            throw new ApiProblem(422, "invalid_body", "Dữ liệu không hợp lệ", "Thân yêu cầu cần trường enabled (true hoặc false).",
                    List.of(new ApiProblem.FieldMessage("enabled", "required", "Cần giá trị true hoặc false.")), Map.of());
        }
        registry.setEnabled(code, unit.code(), enabled);
        audit.record(call, who, enabled ? "procedure_enabled" : "procedure_disabled", code + " for unit " + unit.code());
        return Reply.ok(Map.of("code", code, "unit", unit.code(), "enabled", enabled));
    }

    private static long id(ApiCall call) {
        try {
            return Long.parseLong(call.path("id"));
        } catch (NumberFormatException e) {
            throw ApiProblem.badParameter("id", "Mã gói (id) phải là số, ví dụ 12.");
        }
    }
}
