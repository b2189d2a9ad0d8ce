package vn.motcua.workspace.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import vn.motcua.api.procedure.Channel;
import vn.motcua.api.procedure.Field;
import vn.motcua.api.procedure.FieldType;
import vn.motcua.api.procedure.Option;
import vn.motcua.engine.Actor;
import vn.motcua.engine.Applicant;
import vn.motcua.engine.DossierEngine;
import vn.motcua.engine.InvalidSubmissionException;
import vn.motcua.engine.ProcedureUnavailableException;
import vn.motcua.engine.SubmitCommand;
import vn.motcua.engine.SubmitResult;
import vn.motcua.engine.Upload;
import vn.motcua.pages.html.Html;
import vn.motcua.runtime.registry.ProcedureRegistry;
import vn.motcua.runtime.registry.RegisteredProcedure;
import vn.motcua.runtime.registry.Resolution;
import vn.motcua.runtime.units.Unit;
import vn.motcua.runtime.units.UnitDirectory;
import vn.motcua.security.StaffRole;

/**
 * Counter intake: a dossier brought to the counter or by post, for any procedure the unit offers, with the
 * descriptor's form. Nothing is checked here: the engine validates exactly as for an online submission, and its
 * field errors are shown next to the fields. A received dossier goes to its page with the receipt ready to print.
 */
final class IntakePages {

    /** Items of a repeating group shown on the counter form. */
    private static final int GROUP_ITEMS = 3;

    private final Supplier<DossierEngine> engine;
    private final ProcedureRegistry registry;
    private final UnitDirectory units;

    IntakePages(Supplier<DossierEngine> engine, ProcedureRegistry registry, UnitDirectory units) {
        this.engine = engine;
        this.registry = registry;
        this.units = units;
    }

    void choose(Req r) throws IOException {
        Html h = new Html();
        h.el("h1", "Tiếp nhận hồ sơ tại quầy");
        for (String code : r.who.unitsWith(StaffRole.ONE_STOP_OFFICER).stream().sorted().toList()) {
            Optional<Unit> unit = units.find(code);
            if (unit.isEmpty()) {
                continue;
            }
            h.el("h2", unit.get().name());
            h.open("ul");
            for (RegisteredProcedure p : registry.offeredAt(unit.get())) {
                h.open("li").el("a", p.code() + " – " + p.definition().name(), "href", "/can-bo/tiep-nhan/" + code + "/" + p.code()).close("li");
            }
            h.close("ul");
        }
        r.html(200, Frame.page(r, "Tiếp nhận hồ sơ", h));
    }

    void form(Req r, String unitCode, String procedureCode) throws IOException {
        Optional<RegisteredProcedure> p = offered(r, unitCode, procedureCode);
        if (p.isEmpty()) {
            unavailable(r);
            return;
        }
        render(r, unitCode, p.get(), Map.of(), Map.of(), 200);
    }

    void submit(Req r, String unitCode, String procedureCode) throws IOException {
        Optional<RegisteredProcedure> p = offered(r, unitCode, procedureCode);
        if (p.isEmpty()) {
            unavailable(r);
            return;
        }
        List<Field> fields = p.get().definition().form().fields();
        Map<String, Object> data = new LinkedHashMap<>();
        for (Field f : fields) {
            Object v = value(r, f, f.id());
            if (v != null) {
                data.put(f.id(), v);
            }
        }
        Channel channel = channel(r.param("kenh").orElse("COUNTER"), Channel.COUNTER);
        Channel result = channel(r.param("kenh-tra").orElse(channel.name()), channel);
        Map<String, String> errors = new LinkedHashMap<>();
        String name = r.param("nguoi-nop").orElse("");
        if (name.isEmpty()) {
            errors.put("nguoi-nop", "Cần họ và tên người nộp hồ sơ.");
        }
        if (r.param("dinh-danh").isEmpty() && r.param("dien-thoai").isEmpty()) {
            errors.put("dien-thoai", "Cần số điện thoại hoặc số định danh cá nhân (dùng để tra cứu hồ sơ).");
        }
        if (!errors.isEmpty()) {
            render(r, unitCode, p.get(), params(r), errors, 422);
            return;
        }
        Actor officer = Actor.of(r.who.principal()); // the engine checks the one-stop officer's duty at the unit
        try {
            SubmitResult s = engine.get().submit(new SubmitCommand(procedureCode, unitCode, channel, result,
                    new Applicant(name, r.param("dinh-danh").orElse(null), r.param("dien-thoai").orElse(null),
                            r.param("thu-dien-tu").orElse(null), r.param("dia-chi").orElse(null)),
                    data, uploads(r, fields), officer, r.param("tiep-nhan-ngay").isPresent(),
                    r.param("khoa").orElse(UUID.randomUUID().toString())));
            String msg = s.appointmentAt() == null ? "Đã ghi nhận hồ sơ " + s.code() + "."
                    : "Đã tiếp nhận hồ sơ " + s.code() + ", hẹn trả " + Labels.time(s.appointmentAt()) + ". In giấy tiếp nhận ở mục Giấy tờ in.";
            r.redirect("/can-bo/ho-so/" + s.code() + "?thong-bao=" + WorkPages.enc(msg));
        } catch (InvalidSubmissionException e) {
            e.errors().forEach(x -> errors.merge(INPUT_OF.getOrDefault(x.field(), x.field()), x.message(), (a, b) -> a + " " + b));
            render(r, unitCode, p.get(), params(r), errors, 422);
        } catch (ProcedureUnavailableException e) {
            unavailable(r);
        }
    }

    private Optional<RegisteredProcedure> offered(Req r, String unitCode, String procedureCode) {
        if (!r.who.has(StaffRole.ONE_STOP_OFFICER, unitCode)) {
            return Optional.empty();
        }
        return units.find(unitCode).map(u -> registry.resolve(procedureCode, u))
                .filter(res -> res.status() == Resolution.Status.OFFERED).flatMap(Resolution::procedure);
    }

    private void unavailable(Req r) throws IOException {
        Html h = new Html();
        h.el("h1", "Không tiếp nhận được");
        h.el("p", "Thủ tục không được thực hiện hoặc đang tạm dừng tiếp nhận tại đơn vị này, hoặc tài khoản không phải cán bộ một cửa của đơn vị.");
        h.open("p").el("a", "Chọn thủ tục khác", "href", "/can-bo/tiep-nhan").close("p");
        r.html(404, Frame.page(r, "Không tiếp nhận được", h));
    }

    private void render(Req r, String unitCode, RegisteredProcedure p, Map<String, String> values, Map<String, String> errors,
                        int status) throws IOException {
        Html h = new Html();
        h.el("h1", "Tiếp nhận: " + p.definition().name());
        h.el("p", "Thủ tục " + p.code() + " tại " + units.find(unitCode).map(Unit::name).orElse(unitCode)
                + ". Các trường có dấu * là bắt buộc.", "class", "muted");
        if (!errors.isEmpty()) {
            h.open("div", "class", "error", "role", "alert").el("p", errors.size() + " trường chưa hợp lệ:").open("ul");
            errors.forEach((k, v) -> h.open("li").el("a", v, "href", "#" + id(k)).close("li"));
            h.close("ul").close("div");
        }
        h.open("form", "method", "post", "enctype", "multipart/form-data", "action", "/can-bo/tiep-nhan/" + unitCode + "/" + p.code());
        Frame.csrf(h, r);
        h.empty("input", "type", "hidden", "name", "khoa", "value", values.getOrDefault("khoa", UUID.randomUUID().toString()));
        h.open("fieldset", "class", "card").el("legend", "Người nộp hồ sơ");
        input(h, "nguoi-nop", "Họ và tên *", "text", values, errors, true);
        input(h, "dinh-danh", "Số định danh cá nhân", "text", values, errors, false);
        input(h, "dien-thoai", "Số điện thoại", "tel", values, errors, false);
        input(h, "thu-dien-tu", "Thư điện tử", "email", values, errors, false);
        input(h, "dia-chi", "Địa chỉ", "text", values, errors, false);
        h.el("label", "Kênh nộp", "for", id("kenh")).open("select", "id", id("kenh"), "name", "kenh");
        for (Channel c : List.of(Channel.COUNTER, Channel.POSTAL)) {
            if (p.definition().disclosure().channels().contains(c)) {
                h.el("option", Labels.channel(c), "value", c.name(), "selected", c.name().equals(values.get("kenh")) ? "" : null);
            }
        }
        h.close("select");
        h.el("label", "Nhận kết quả qua", "for", id("kenh-tra")).open("select", "id", id("kenh-tra"), "name", "kenh-tra");
        for (Channel c : p.definition().disclosure().resultChannels()) {
            h.el("option", Labels.channel(c), "value", c.name(), "selected", c.name().equals(values.get("kenh-tra")) ? "" : null);
        }
        h.close("select").close("fieldset");
        h.open("fieldset", "class", "card").el("legend", "Tờ khai");
        for (Field f : p.definition().form().fields()) {
            field(h, f, f.id(), values, errors);
        }
        h.close("fieldset");
        h.open("p").open("label").empty("input", "type", "checkbox", "name", "tiep-nhan-ngay", "value", "true", "checked", "");
        h.text(" Hồ sơ đã đủ, tiếp nhận ngay và in giấy hẹn").close("label").close("p");
        h.el("button", "Lưu hồ sơ", "type", "submit");
        h.close("form");
        r.html(status, Frame.page(r, "Tiếp nhận hồ sơ", h));
    }

    /** The engine names applicant fields as the API does; this form's inputs have Vietnamese names. */
    private static final Map<String, String> INPUT_OF = Map.of("applicant.name", "nguoi-nop", "applicant.citizenId", "dinh-danh",
            "applicant.phone", "dien-thoai", "applicant.email", "thu-dien-tu", "applicant.address", "dia-chi",
            "resultChannel", "kenh-tra");

    private static void field(Html h, Field f, String path, Map<String, String> values, Map<String, String> errors) {
        String label = f.label() + (f.required() ? " *" : "");
        switch (f.type()) {
            case GROUP -> {
                h.open("fieldset").el("legend", label);
                // A group of at most one item is a section of the form: one set of fields, no "Mục 1".
                boolean section = f.maxItems() != null && f.maxItems() == 1;
                for (int i = 0; i < (section ? 1 : GROUP_ITEMS); i++) {
                    if (!section) {
                        h.el("p", "Mục " + (i + 1), "class", "muted");
                    }
                    for (Field sub : f.fields()) {
                        field(h, sub, path + "[" + i + "]." + sub.id(), values, errors);
                    }
                }
                h.close("fieldset");
            }
            case CHOICE -> {
                h.el("label", label, "for", id(path)).open("select", "id", id(path), "name", path, "multiple", f.multiple() ? "" : null);
                h.el("option", "— Chọn —", "value", "");
                for (Option o : f.options()) {
                    h.el("option", o.label(), "value", o.value(), "selected", o.value().equals(values.get(path)) ? "" : null);
                }
                h.close("select");
                error(h, path, errors);
            }
            case CHECKBOX -> {
                h.open("label", "for", id(path)).empty("input", "type", "checkbox", "id", id(path), "name", path, "value", "true",
                        "checked", "true".equals(values.get(path)) ? "" : null).text(" " + label).close("label");
                error(h, path, errors);
            }
            case TEXTAREA -> {
                h.el("label", label, "for", id(path)).open("textarea", "id", id(path), "name", path).text(values.get(path)).close("textarea");
                error(h, path, errors);
            }
            case FILE -> {
                h.el("label", label, "for", id(path));
                h.empty("input", "type", "file", "id", id(path), "name", path, "multiple", "",
                        "accept", f.file() == null ? null : String.join(",", f.file().accept()));
                error(h, path, errors);
            }
            default -> input(h, path, label, switch (f.type()) {
                case NUMBER -> "number";
                case DATE -> "date";
                case EMAIL -> "email";
                case PHONE -> "tel";
                default -> "text";
            }, values, errors, false);
        }
    }

    private static void input(Html h, String path, String label, String type, Map<String, String> values,
                              Map<String, String> errors, boolean required) {
        h.el("label", label, "for", id(path));
        h.empty("input", "type", type, "id", id(path), "name", path, "value", values.get(path), "required", required ? "" : null,
                "step", "number".equals(type) ? "any" : null, "aria-invalid", errors.containsKey(path) ? "true" : null);
        error(h, path, errors);
    }

    private static void error(Html h, String path, Map<String, String> errors) {
        if (errors.containsKey(path)) {
            h.el("span", errors.get(path), "class", "field-error");
        }
    }

    static String id(String path) {
        return "f-" + path.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private static Object value(Req r, Field f, String path) {
        return switch (f.type()) {
            case FILE -> null;
            case GROUP -> {
                List<Map<String, Object>> items = new ArrayList<>();
                for (int i = 0; i < GROUP_ITEMS; i++) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    for (Field sub : f.fields()) {
                        Object v = value(r, sub, path + "[" + i + "]." + sub.id());
                        if (v != null) {
                            item.put(sub.id(), v);
                        }
                    }
                    if (!item.isEmpty()) {
                        items.add(item);
                    }
                }
                yield items.isEmpty() ? null : items;
            }
            case CHOICE -> {
                List<String> chosen = r.values(path).stream().filter(s -> !s.isBlank()).toList();
                yield chosen.isEmpty() ? null : f.multiple() ? chosen : chosen.get(0);
            }
            case CHECKBOX -> r.param(path).filter("true"::equals).orElse(null);
            default -> r.param(path).orElse(null);
        };
    }

    private static List<Upload> uploads(Req r, List<Field> fields) throws IOException {
        List<String> fileFields = fields.stream().filter(f -> f.type() == FieldType.FILE).map(Field::id).toList();
        List<Upload> out = new ArrayList<>();
        try {
            for (Part part : r.http.getParts()) {
                if (part.getSubmittedFileName() == null || !fileFields.contains(part.getName()) || part.getSize() == 0) {
                    continue;
                }
                try (InputStream in = part.getInputStream()) {
                    out.add(new Upload(part.getName(), part.getSubmittedFileName(),
                            part.getContentType() == null ? "application/octet-stream" : part.getContentType(), in.readAllBytes()));
                }
            }
        } catch (ServletException | IllegalStateException e) {
            return out; // not multipart: no files; the engine reports required files as field errors
        }
        return out;
    }

    private static Map<String, String> params(Req r) {
        Map<String, String> out = new LinkedHashMap<>();
        r.params().forEach((k, v) -> {
            if (!v.isEmpty() && !"_csrf".equals(k)) {
                out.put(k, v.get(0));
            }
        });
        return out;
    }

    private static Channel channel(String s, Channel fallback) {
        try {
            return Channel.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
