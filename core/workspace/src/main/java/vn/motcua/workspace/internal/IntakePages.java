package vn.motcua.workspace.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import vn.motcua.api.procedure.Channel;
import vn.motcua.api.procedure.Field;
import vn.motcua.engine.Actor;
import vn.motcua.engine.Applicant;
import vn.motcua.engine.DossierEngine;
import vn.motcua.engine.InvalidSubmissionException;
import vn.motcua.engine.ProcedureUnavailableException;
import vn.motcua.engine.SubmitCommand;
import vn.motcua.engine.SubmitResult;
import vn.motcua.pages.form.BoundForm;
import vn.motcua.pages.form.FormRenderer;
import vn.motcua.pages.form.FormValues;
import vn.motcua.pages.html.Html;
import vn.motcua.pages.http.FormData;
import vn.motcua.pages.http.UnreadableFormException;
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

    private final Supplier<DossierEngine> engine;
    private final ProcedureRegistry registry;
    private final UnitDirectory units;
    private final PostalArrivals arrivals;

    IntakePages(Supplier<DossierEngine> engine, ProcedureRegistry registry, UnitDirectory units, PostalArrivals arrivals) {
        this.engine = engine;
        this.registry = registry;
        this.units = units;
        this.arrivals = arrivals;
    }

    void choose(Req r) throws IOException {
        Html h = new Html();
        h.el("h1", r.t("intake.heading"));
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
        arrivals.section(h, r); // the paper the post brings is received here too (decision 1133)
        r.html(200, Frame.page(r, r.t("intake.title"), h));
    }

    void form(Req r, String unitCode, String procedureCode) throws IOException {
        Optional<RegisteredProcedure> p = offered(r, unitCode, procedureCode);
        if (p.isEmpty()) {
            unavailable(r);
            return;
        }
        render(r, unitCode, p.get(), FormValues.empty(), Map.of(), 200, null);
    }

    void submit(Req r, String unitCode, String procedureCode) throws IOException {
        Optional<RegisteredProcedure> p = offered(r, unitCode, procedureCode);
        if (p.isEmpty()) {
            unavailable(r);
            return;
        }
        List<Field> fields = p.get().definition().form().fields();
        FormData posted;
        try {
            posted = FormData.read(r.http);
        } catch (UnreadableFormException e) {
            render(r, unitCode, p.get(), FormValues.empty(), Map.of(), 413, IntakeForm.WORDING.tooLarge());
            return;
        }
        FormValues values = FormValues.of(posted.fields());
        BoundForm bound = IntakeForm.bind(fields, values, posted.files());
        Channel channel = channel(posted.field("kenh").orElse("COUNTER"), Channel.COUNTER);
        Channel result = channel(posted.field("kenh-tra").orElse(channel.name()), channel);
        Map<String, String> errors = new LinkedHashMap<>();
        String name = posted.field("nguoi-nop").orElse("");
        if (name.isEmpty()) {
            errors.put("nguoi-nop", r.t("intake.nameNeeded"));
        }
        if (posted.field("dinh-danh").isEmpty() && posted.field("dien-thoai").isEmpty()) {
            errors.put("dien-thoai", r.t("intake.contactNeeded"));
        }
        if (!errors.isEmpty()) {
            render(r, unitCode, p.get(), values, errors, 422, null);
            return;
        }
        Actor officer = Actor.of(r.who.principal()); // the engine checks the one-stop officer's duty at the unit
        try {
            SubmitResult s = engine.get().submit(new SubmitCommand(procedureCode, unitCode, channel, result,
                    new Applicant(name, posted.field("dinh-danh").orElse(null), posted.field("dien-thoai").orElse(null),
                            posted.field("thu-dien-tu").orElse(null), posted.field("dia-chi").orElse(null)),
                    bound.data(), IntakeForm.uploads(bound), officer, posted.field("tiep-nhan-ngay").isPresent(),
                    posted.field("khoa").orElse(UUID.randomUUID().toString())));
            String msg = s.appointmentAt() == null ? r.t("intake.recorded", s.code())
                    : r.t("intake.received", s.code(), Labels.time(s.appointmentAt()));
            r.redirect("/can-bo/ho-so/" + s.code() + "?thong-bao=" + WorkPages.enc(msg));
        } catch (InvalidSubmissionException e) {
            errors.putAll(IntakeForm.errors(fields, e.errors()));
            render(r, unitCode, p.get(), values, errors, 422, null);
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
        h.el("h1", r.t("intake.unavailable.title"));
        h.el("p", r.t("intake.unavailable.text"));
        h.open("p").el("a", r.t("intake.unavailable.other"), "href", "/can-bo/tiep-nhan").close("p");
        r.html(404, Frame.page(r, r.t("intake.unavailable.title"), h));
    }

    private void render(Req r, String unitCode, RegisteredProcedure p, FormValues values, Map<String, String> errors,
                        int status, String notice) throws IOException {
        FormRenderer form = IntakeForm.renderer(LocalDate.now(Labels.VIETNAM));
        Html h = new Html();
        h.el("h1", r.t("intake.form.heading", p.definition().name()));
        h.el("p", r.t("intake.form.lead", p.code(), units.find(unitCode).map(Unit::name).orElse(unitCode)), "class", "muted");
        form.errorSummary(h, errors);
        if (notice != null) {
            h.el("p", notice, "class", "error", "role", "alert");
        }
        h.open("form", "method", "post", "enctype", "multipart/form-data", "action", "/can-bo/tiep-nhan/" + unitCode + "/" + p.code());
        Frame.csrf(h, r);
        h.empty("input", "type", "hidden", "name", "khoa", "value", Optional.ofNullable(values.first("khoa")).orElse(UUID.randomUUID().toString()));
        h.open("fieldset", "class", "card").el("legend", r.t("intake.applicant"));
        input(h, "nguoi-nop", r.t("intake.applicant.name"), "text", values, errors, true);
        input(h, "dinh-danh", r.t("intake.applicant.citizenId"), "text", values, errors, false);
        input(h, "dien-thoai", r.t("intake.applicant.phone"), "tel", values, errors, false);
        input(h, "thu-dien-tu", r.t("intake.applicant.email"), "email", values, errors, false);
        input(h, "dia-chi", r.t("intake.applicant.address"), "text", values, errors, false);
        h.el("label", r.t("intake.channel"), "for", FormRenderer.inputId("kenh")).open("select", "id", FormRenderer.inputId("kenh"), "name", "kenh");
        for (Channel c : List.of(Channel.COUNTER, Channel.POSTAL)) {
            if (p.definition().disclosure().channels().contains(c)) {
                h.el("option", Labels.channel(r.messages(), c), "value", c.name(), "selected", c.name().equals(values.first("kenh")) ? "" : null);
            }
        }
        h.close("select");
        h.el("label", r.t("intake.resultChannel"), "for", FormRenderer.inputId("kenh-tra")).open("select", "id", FormRenderer.inputId("kenh-tra"), "name", "kenh-tra");
        for (Channel c : p.definition().disclosure().resultChannels()) {
            h.el("option", Labels.channel(r.messages(), c), "value", c.name(), "selected", c.name().equals(values.first("kenh-tra")) ? "" : null);
        }
        h.close("select").close("fieldset");
        h.open("fieldset", "class", "card").el("legend", r.t("intake.declaration"));
        IntakeForm.declaration(h, p.definition().form().fields(), values, errors, form);
        h.close("fieldset");
        h.open("p").open("label").empty("input", "type", "checkbox", "name", "tiep-nhan-ngay", "value", "true", "checked", "");
        h.text(" " + r.t("intake.receiveNow")).close("label").close("p");
        h.el("button", r.t("intake.save"), "type", "submit");
        h.close("form");
        r.html(status, Frame.page(r, r.t("intake.title"), h));
    }

    private static void input(Html h, String path, String label, String type, FormValues values,
                              Map<String, String> errors, boolean required) {
        h.el("label", label, "for", FormRenderer.inputId(path));
        h.empty("input", "type", type, "id", FormRenderer.inputId(path), "name", path, "value", values.first(path), "required", required ? "" : null,
                "step", "number".equals(type) ? "any" : null, "aria-invalid", errors.containsKey(path) ? "true" : null);
        error(h, path, errors);
    }

    private static void error(Html h, String path, Map<String, String> errors) {
        if (errors.containsKey(path)) {
            h.el("span", errors.get(path), "class", "field-error");
        }
    }

    private static Channel channel(String s, Channel fallback) {
        try {
            return Channel.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
