package vn.motcua.web.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import vn.motcua.security.AuditEntry;
import vn.motcua.security.AuditLog;
import vn.motcua.security.CreatedAccount;
import vn.motcua.security.NewAccount;
import vn.motcua.security.RoleGrant;
import vn.motcua.security.StaffAccount;
import vn.motcua.security.StaffAccounts;
import vn.motcua.security.StaffIdentity;
import vn.motcua.security.StaffRole;

/**
 * {@code /admin/accounts} and {@code /admin/audit}. Who may manage whom is decided by {@link StaffAccounts}; this
 * class only checks that the units named exist and shapes JSON. A generated password appears in exactly one answer.
 */
final class AccountsResource {

    /** One role in one unit. */
    record GrantBody(String unit, String role) {
    }

    /** New account. */
    record AccountBody(String login, String displayName, String password, List<GrantBody> grants) {
        @Override
        public String toString() {
            return "AccountBody[" + login + "]";
        }
    }

    /** Roles replacement. */
    record RolesBody(List<GrantBody> grants) {
    }

    /** Password reset; no password means generate one. */
    record ResetBody(String password) {
        @Override
        public String toString() {
            return "ResetBody";
        }
    }

    private final Supplier<StaffAccounts> accounts;
    private final Supplier<AuditLog> audit;
    private final StaffContext staff;
    private final Predicate<String> knownUnit;
    private final BodyReader bodies;

    AccountsResource(Supplier<StaffAccounts> accounts, Supplier<AuditLog> audit, StaffContext staff, Predicate<String> knownUnit,
                     com.fasterxml.jackson.databind.ObjectMapper json) {
        this.accounts = accounts;
        this.audit = audit;
        this.staff = staff;
        this.knownUnit = knownUnit;
        this.bodies = new BodyReader(json);
    }

    Reply list(ApiCall call) {
        StaffIdentity who = staff.require(call);
        List<Map<String, Object>> all = accounts().list(who).stream().map(AccountsResource::json).toList();
        return Reply.ok(Map.of("accounts", all, "count", all.size()));
    }

    Reply get(ApiCall call) {
        StaffIdentity who = staff.require(call);
        return Reply.ok(json(accounts().get(who, call.path("login"))));
    }

    Reply create(ApiCall call) {
        StaffIdentity who = staff.require(call);
        AccountBody body = bodies.read(call.body(65536), AccountBody.class);
        if (body.login() == null) {
            throw ApiProblem.badParameter("login", "Cần tên đăng nhập.");
        }
        CreatedAccount c = accounts().create(who, new NewAccount(body.login(), body.displayName(), body.password(), grants(body.grants())),
                AuthResource.client(call));
        return new Reply(201, created(c), "application/json", Map.of("Location", "/api/v1/admin/accounts/" + c.account().login()));
    }

    Reply replaceRoles(ApiCall call) {
        StaffIdentity who = staff.require(call);
        RolesBody body = bodies.read(call.body(65536), RolesBody.class);
        return Reply.ok(json(accounts().replaceRoles(who, call.path("login"), grants(body.grants()), AuthResource.client(call))));
    }

    Reply resetPassword(ApiCall call) {
        StaffIdentity who = staff.require(call);
        byte[] raw = call.body(4096);
        String password = raw.length == 0 ? null : bodies.read(raw, ResetBody.class).password();
        return Reply.ok(created(accounts().resetPassword(who, call.path("login"), password, AuthResource.client(call))));
    }

    Reply deactivate(ApiCall call) {
        StaffIdentity who = staff.require(call);
        return Reply.ok(json(accounts().setActive(who, call.path("login"), false, AuthResource.client(call))));
    }

    Reply activate(ApiCall call) {
        StaffIdentity who = staff.require(call);
        return Reply.ok(json(accounts().setActive(who, call.path("login"), true, AuthResource.client(call))));
    }

    Reply audit(ApiCall call) {
        StaffIdentity who = staff.require(call);
        AuditLog log = audit.get();
        if (log == null) {
            throw unavailable();
        }
        int limit = call.query("limit").map(AccountsResource::number).orElse(100);
        int offset = call.query("offset").map(AccountsResource::number).orElse(0);
        List<AuditEntry> entries = log.recent(who, limit, offset);
        return Reply.ok(Map.of("entries", entries, "count", entries.size()));
    }

    private Set<RoleGrant> grants(List<GrantBody> body) {
        Set<RoleGrant> out = new HashSet<>();
        if (body == null) {
            return out;
        }
        List<ApiProblem.FieldMessage> errors = new java.util.ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            GrantBody g = body.get(i);
            StaffRole role = null;
            try {
                role = g == null || g.role() == null ? null : StaffRole.valueOf(g.role());
            } catch (IllegalArgumentException e) {
                role = null;
            }
            if (role == null) {
                errors.add(new ApiProblem.FieldMessage("grants[" + i + "].role", "invalid",
                        "Vai trò là một trong: ONE_STOP_OFFICER, SPECIALIST, LEADER, CONTROL_OFFICER, UNIT_ADMIN, CITY_ADMIN."));
            }
            if (g == null || g.unit() == null || !knownUnit.test(g.unit())) {
                errors.add(new ApiProblem.FieldMessage("grants[" + i + "].unit", "invalid",
                        "Không có đơn vị mã '" + (g == null ? null : g.unit()) + "'; danh sách đơn vị ở /api/v1/units."));
            }
            if (role != null && g.unit() != null) {
                out.add(new RoleGrant(g.unit(), role));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(422, "invalid_input", "Dữ liệu chưa hợp lệ", errors.size() + " trường chưa hợp lệ; xem danh sách errors.",
                    errors, Map.of());
        }
        return out;
    }

    private static Map<String, Object> created(CreatedAccount c) {
        Map<String, Object> out = json(c.account());
        if (c.generatedPassword() != null) {
            out.put("generatedPassword", c.generatedPassword()); // shown once, to the administrator who asked
        }
        return out;
    }

    static Map<String, Object> json(StaffAccount a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("login", a.login());
        out.put("displayName", a.displayName());
        out.put("active", a.active());
        out.put("createdAt", a.createdAt());
        out.put("grants", AuthResource.grants(a.grants()));
        return out;
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw ApiProblem.badParameter("limit", "Giá trị phải là số.");
        }
    }

    private StaffAccounts accounts() {
        StaffAccounts a = accounts.get();
        if (a == null) {
            throw unavailable();
        }
        return a;
    }

    private static ApiProblem unavailable() {
        return new ApiProblem(503, "security_unavailable", "Hệ thống đang khởi động",
                "Dịch vụ tài khoản chưa sẵn sàng; vui lòng thử lại sau giây lát.", List.of(), Map.of("Retry-After", "2"));
    }
}
