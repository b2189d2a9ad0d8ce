package vn.motcua.web.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.runtime.deploy.BundleAdministration;
import vn.motcua.runtime.deploy.BundleInfo;
import vn.motcua.runtime.registry.ProcedureRegistry;
import vn.motcua.runtime.units.Unit;

/** Administration: procedure bundles at runtime, and switching a procedure on or off for one unit. */
final class AdminResource {

    private static final Logger AUDIT = LoggerFactory.getLogger("motcua.audit");
    static final int MAX_BUNDLE_BYTES = 20 * 1024 * 1024;

    private final AdminGuard guard;
    private final BundleAdministration bundles;
    private final ProcedureRegistry registry;
    private final UnitsResource units;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    AdminResource(AdminGuard guard, BundleAdministration bundles, ProcedureRegistry registry, UnitsResource units,
                  com.fasterxml.jackson.databind.ObjectMapper json) {
        this.guard = guard;
        this.bundles = bundles;
        this.registry = registry;
        this.units = units;
        this.json = json;
    }

    Reply list(ApiCall call) {
        guard.check(call);
        List<BundleInfo> all = bundles.list();
        return Reply.ok(Map.of("bundles", all, "count", all.size()));
    }

    Reply upload(ApiCall call) {
        guard.check(call);
        String name = call.query("filename").orElse("upload.jar");
        byte[] jar = MultipartJar.extract(call, MAX_BUNDLE_BYTES);
        if (jar.length == 0) {
            throw new ApiProblem(400, "empty_upload", "Thiếu tệp", "Gửi tệp .jar của gói thủ tục trong thân yêu cầu.",
                    List.of(new ApiProblem.FieldMessage("file", "required", "Cần tệp .jar của gói thủ tục.")), Map.of());
        }
        BundleInfo info = bundles.deploy(name, jar);
        AUDIT.info("bundle deployed: {} {} (id {})", info.name(), info.version(), info.id());
        return Reply.created(info);
    }

    Reply start(ApiCall call) {
        guard.check(call);
        BundleInfo info = bundles.start(id(call));
        AUDIT.info("bundle started: {} {} (id {})", info.name(), info.version(), info.id());
        return Reply.ok(info);
    }

    Reply stop(ApiCall call) {
        guard.check(call);
        BundleInfo info = bundles.stop(id(call));
        AUDIT.info("bundle stopped: {} {} (id {})", info.name(), info.version(), info.id());
        return Reply.ok(info);
    }

    Reply uninstall(ApiCall call) {
        guard.check(call);
        long id = id(call);
        bundles.uninstall(id);
        AUDIT.info("bundle uninstalled: id {}", id);
        return Reply.noContent();
    }

    /** Body {@code {"enabled": false}} switches the procedure off for the unit. */
    Reply switchProcedure(ApiCall call) {
        guard.check(call);
        Unit unit = units.fromPath(call.path("unit"));
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
        AUDIT.info("procedure {} {} for unit {}", code, enabled ? "enabled" : "disabled", unit.code());
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
