package vn.motcua.workspace.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import vn.motcua.engine.ActionCommand;
import vn.motcua.engine.Actor;
import vn.motcua.engine.DossierAction;
import vn.motcua.engine.DossierEngine;
import vn.motcua.engine.DossierView;
import vn.motcua.pages.html.Html;

/**
 * {@code POST /can-bo/hang-loat}: one action on many dossiers of the list. Each chosen dossier is acted on alone, as
 * the officer would one by one (the engine decides; one refusal does not stop the others). Stateless.
 */
final class BulkActions {

    /** The actions a clerk may apply to many dossiers at once: both only move a finished result along. */
    static final List<DossierAction> BULK = List.of(DossierAction.RESULT_READY, DossierAction.RETURN_RESULT);
    /** Most dossiers one bulk request acts on: a page. */
    private static final int BULK_MAX = QueuePage.SIZE;

    private final Supplier<DossierEngine> engine;
    private final WorkPages work;

    BulkActions(Supplier<DossierEngine> engine, WorkPages work) {
        this.engine = engine;
        this.work = work;
    }


    /**
     * The bulk action: each chosen dossier is acted on alone, as the officer would one by one (the engine decides;
     * one refusal does not stop the others), and the page lists what happened to each.
     */
    void serve(Req r) throws IOException {
        Optional<DossierAction> action = r.param("action").flatMap(DossierAction::fromWireName).filter(BULK::contains);
        List<String> codes = r.values("ma").stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
        String back = r.param("quay-lai").filter(p -> p.startsWith("/can-bo/") && !p.startsWith("//")).orElse("/can-bo/");
        if (action.isEmpty()) {
            r.redirect(back + (back.contains("?") ? "&" : "?") + "loi=" + WorkPages.enc(r.t("bulk.chooseAction")));
            return;
        }
        if (codes.isEmpty() || codes.size() > BULK_MAX) {
            r.redirect(back + (back.contains("?") ? "&" : "?") + "loi=" + WorkPages.enc(codes.isEmpty()
                    ? r.t("bulk.noneChosen") : r.t("bulk.tooMany", BULK_MAX)));
            return;
        }
        Html h = new Html();
        h.el("h1", r.t("bulk.heading", Labels.action(r.messages(), action.get())));
        int done = 0;
        h.open("table").open("thead").open("tr").el("th", r.t("bulk.code"), "scope", "col").el("th", r.t("bulk.outcome"), "scope", "col")
                .close("tr").close("thead").open("tbody");
        for (String code : codes) {
            String outcome;
            Optional<DossierView> d = work.visible(r, code);
            if (d.isEmpty()) {
                outcome = r.t("bulk.notFound");
            } else if (!d.get().permittedActions().contains(action.get())) {
                outcome = r.t("bulk.notPermitted", Labels.status(r.messages(), d.get().status()).toLowerCase(Locale.ROOT));
            } else {
                ActionCommand cmd = ActionCommand.of(action.get(), Actor.of(r.who.principal()))
                        .withExpectedVersion(d.get().version());
                try {
                    engine.get().act(code, cmd);
                    outcome = r.t("bulk.done");
                    done++;
                } catch (RuntimeException e) {
                    outcome = r.t("bulk.refused", DossierActions.refusal(r.messages(), action.get(), e));
                }
            }
            h.open("tr").open("td").el("a", code, "href", "/can-bo/ho-so/" + code, "class", "code").close("td")
                    .el("td", outcome).close("tr");
        }
        h.close("tbody").close("table");
        h.el("p", r.t("bulk.summary", done, codes.size()), "role", "status");
        h.open("p").el("a", r.t("bulk.back"), "href", back, "accesskey", "d").close("p");
        r.html(200, Frame.page(r, Labels.action(r.messages(), action.get()), h));
    }
}
