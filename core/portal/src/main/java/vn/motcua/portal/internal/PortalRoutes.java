package vn.motcua.portal.internal;

import vn.motcua.pages.route.Router;

/**
 * The portal's one route table: every path the citizen can reach, with its method, and the page that answers it.
 * A path the table does not know is a 404 page; a known path with another method is a 405 page (issue 15).
 *
 * <p>The handlers read their page objects only when called, so the table can be built and matched in a test with
 * none of them (decision 1501 names this table as the portal's documentation of its paths).
 *
 * @param files      assets, icon, robots.txt, language switch
 * @param catalogue  home, choosing a unit, a unit's catalogue
 * @param procedure  a procedure's page at a unit
 * @param submission the online form, the pickup request's form, checking the answers, the receipt
 * @param lookup     looking a dossier up and closing it
 * @param dossiers   the dossier page, supplement, rating
 * @param slips      slips and the electronic result
 * @param payment    online payment
 * @param feedback   feedback and petitions
 * @param counter    rating at the counter's tablet
 */
record PortalRoutes(SiteFiles files, CataloguePages catalogue, ProcedurePage procedure, SubmissionPages submission,
                    LookupPages lookup, DossierPages dossiers, SlipPages slips, PaymentPages payment,
                    FeedbackPages feedback, CounterRatingPages counter) {

    private static final String PROCEDURE = "/don-vi/{unit}/thu-tuc/{code}";
    private static final String DOSSIER = "/ho-so/{code}";

    /** The table; a literal segment is added before a parameter at the same place, so it wins. */
    Router<Page> router() {
        Router.Builder<Page> r = Router.builder();
        r.add("GET", "/", (v, m) -> catalogue.home(v));
        r.add("GET", "/static/{version}/{name}", (v, m) -> files.asset(v, m.param("version"), m.param("name")));
        r.add("GET", "/favicon.ico", (v, m) -> files.favicon(v));
        r.add("GET", "/robots.txt", (v, m) -> files.robots(v));
        r.add("GET", "/ngon-ngu/{lang}", (v, m) -> files.language(v, m.param("lang")));

        r.add("GET", "/thu-tuc/{code}", (v, m) -> catalogue.chooseUnit(v, m.param("code")));
        r.add("GET", "/don-vi/{unit}", (v, m) -> catalogue.unit(v, m.param("unit")));
        r.add("GET", PROCEDURE, (v, m) -> procedure.procedure(v, m.param("unit"), m.param("code")));
        for (Intake intake : Intake.values()) { // online, and asking the post to collect the paper (decision 1133)
            r.add("GET", PROCEDURE + "/" + intake.segment, (v, m) -> submission.form(v, m.param("unit"), m.param("code"), intake));
            r.add("POST", PROCEDURE + "/" + intake.segment, (v, m) -> submission.submit(v, m.param("unit"), m.param("code"), intake));
        }
        r.add("GET", PROCEDURE + "/kiem-tra", (v, m) -> submission.checkAnswers(v, m.param("unit"), m.param("code")));
        r.add("POST", PROCEDURE + "/kiem-tra", (v, m) -> submission.send(v, m.param("unit"), m.param("code")));

        r.add("GET", "/tra-cuu", (v, m) -> lookup.form(v));
        r.add("POST", "/tra-cuu", (v, m) -> lookup.lookup(v));
        r.add("GET", DOSSIER, (v, m) -> dossiers.dossier(v, m.param("code")));
        r.add("GET", DOSSIER + "/bien-nhan", (v, m) -> submission.receipt(v, m.param("code")));
        r.add("GET", DOSSIER + "/thanh-toan", (v, m) -> payment.start(v, m.param("code")));
        r.add("GET", DOSSIER + "/thanh-toan/ket-qua", (v, m) -> payment.back(v, m.param("code")));
        r.add("POST", DOSSIER + "/bo-sung", (v, m) -> dossiers.supplement(v, m.param("code")));
        r.add("POST", DOSSIER + "/danh-gia", (v, m) -> dossiers.rate(v, m.param("code")));
        r.add("POST", DOSSIER + "/thoat", (v, m) -> lookup.logout(v, m.param("code")));
        for (String file : SlipPages.FILES.keySet().stream().sorted().toList()) {
            r.add("GET", DOSSIER + "/" + file, (v, m) -> slips.slip(v, m.param("code"), file));
        }
        r.add("GET", DOSSIER + "/" + SlipPages.RESULT, (v, m) -> slips.result(v, m.param("code")));

        r.add("GET", "/phan-anh", (v, m) -> feedback.form(v));
        r.add("POST", "/phan-anh", (v, m) -> feedback.send(v));
        r.add("GET", "/phan-anh/tra-cuu", (v, m) -> feedback.trackForm(v));
        r.add("POST", "/phan-anh/tra-cuu", (v, m) -> feedback.track(v));
        r.add("POST", "/phan-anh/danh-gia", (v, m) -> feedback.rate(v));
        r.add("GET", "/danh-gia-tai-quay/{token}", (v, m) -> counter.form(v, m.param("token")));
        r.add("POST", "/danh-gia-tai-quay/{token}", (v, m) -> counter.rate(v, m.param("token")));
        return r.build();
    }
}
