package vn.motcua.portal.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.motcua.api.hook.FieldError;
import vn.motcua.engine.InvalidSubmissionException;
import vn.motcua.engine.citizen.CitizenDesk;
import vn.motcua.engine.citizen.EvaluationRefusedException;
import vn.motcua.engine.citizen.GrantRequiredException;
import vn.motcua.engine.citizen.Ratings;
import vn.motcua.pages.html.Html;

/**
 * Rating at the counter (decision 1031): {@code /danh-gia-tai-quay/{token}} is the one-time link the officer's screen
 * opens on the desk's tablet right after the result is returned; the citizen rates without typing a code. The link
 * works once, for a few minutes; a used or expired one says so and shows nothing of the dossier.
 */
final class CounterRatingPages {

    static final String PATH = "/danh-gia-tai-quay/";

    private final Layout layout;
    private final Supplier<CitizenDesk> desk;

    CounterRatingPages(Layout layout, Supplier<CitizenDesk> desk) {
        this.layout = layout;
        this.desk = desk;
    }

    void form(Visit v, String token) throws IOException {
        Optional<String> dossier = desk.get().counterRatingDossier(token);
        if (dossier.isEmpty()) {
            gone(v);
            return;
        }
        render(v, 200, token, dossier.get(), Map.of());
    }

    void rate(Visit v, String token) throws IOException {
        Lang l = v.lang();
        Optional<String> dossier = desk.get().counterRatingDossier(token);
        if (dossier.isEmpty()) {
            gone(v);
            return;
        }
        List<FieldError> parse = new ArrayList<>();
        Ratings r = RatingForm.read(v, parse);
        try {
            if (!parse.isEmpty()) {
                throw new InvalidSubmissionException(parse);
            }
            desk.get().evaluateAtCounter(token, r);
        } catch (InvalidSubmissionException e) {
            render(v, 422, token, dossier.get(), RatingForm.errors(e.errors()));
            return;
        } catch (GrantRequiredException | EvaluationRefusedException e) {
            gone(v);
            return;
        }
        Html h = new Html();
        h.el("h1", l.t("rate.title"));
        h.open("div", "class", "success", "role", "status").el("p", l.t("rate.done")).close("div");
        Replies.html(v, 200, layout.page(v, l.t("rate.title"), l.t("rate.title"), h));
    }

    private void render(Visit v, int status, String token, String dossier, Map<String, String> errors) throws IOException {
        Lang l = v.lang();
        Html h = new Html();
        h.el("h1", l.t("rate.title"));
        h.el("p", l.t("counter.lead") + " " + dossier, "class", "lead");
        RatingForm.render(h, PATH + token, l, errors);
        Replies.html(v, status, layout.page(v, l.t("rate.title"), l.t("rate.title"), h));
    }

    private void gone(Visit v) throws IOException {
        Lang l = v.lang();
        Html h = new Html();
        h.el("h1", l.t("rate.title"));
        h.el("p", l.t("counter.gone"), "class", "notice");
        Replies.html(v, 410, layout.page(v, l.t("rate.title"), l.t("rate.title"), h));
    }
}
