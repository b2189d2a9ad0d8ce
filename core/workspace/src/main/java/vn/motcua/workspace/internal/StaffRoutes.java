package vn.motcua.workspace.internal;

import java.util.function.Predicate;
import vn.motcua.pages.route.Router;
import vn.motcua.security.StaffIdentity;

/**
 * The one route table of the staff pages: {@code /can-bo} (officers) and {@code /quan-tri} (administrators), each
 * route with its method, who may follow it and the page that answers. Built once, when the servlet is created.
 */
final class StaffRoutes {

    private static final String ID = "\\d{1,18}";
    private static final String YEAR = "(19|20|21)\\d\\d";

    private StaffRoutes() {
    }

    static Router<StaffRoute> table(StaffPages p) {
        Predicate<StaffIdentity> admin = AdminPages::allowed;
        Router.Builder<StaffRoute> b = Router.builder();
        b.add("GET", StyleSheet.PATH, StaffRoute.open(StyleSheet::serve));
        b.add("GET", LoginPage.PATH, StaffRoute.open(p.login()::serve));
        b.add("POST", LoginPage.PATH, StaffRoute.open(p.login()::serve));
        b.add("POST", "/can-bo/dang-xuat", StaffRoute.signedIn(r -> {
            p.gate().logout(r.http, r.resp);
            r.redirect(LoginPage.PATH);
        }));

        // the officer's work
        b.add("GET", "/can-bo", StaffRoute.signedIn(p.work().queuePages()::queue));
        b.add("POST", "/can-bo/hang-loat", StaffRoute.signedIn(p.bulk()::serve));
        b.add("GET", "/can-bo/tiep-nhan", StaffRoute.signedIn(p.intake()::choose));
        b.add("GET", "/can-bo/tiep-nhan/{unit}/{procedure}", StaffRoute.signedIn(r -> p.intake().form(r, r.at("unit"), r.at("procedure"))));
        b.add("POST", "/can-bo/tiep-nhan/{unit}/{procedure}", StaffRoute.signedIn(r -> p.intake().submit(r, r.at("unit"), r.at("procedure"))));
        b.add("GET", "/can-bo/ho-so/{code}", StaffRoute.signedIn(r -> p.dossier().serve(r, r.at("code"))));
        b.add("POST", "/can-bo/ho-so/{code}/thao-tac", StaffRoute.signedIn(r -> p.actions().act(r, r.at("code"))));
        b.add("GET", "/can-bo/ho-so/{code}/tep/{id}", StaffRoute.signedIn(r -> p.documents().attachment(r, r.at("code"), r.at("id"))));
        b.add("POST", "/can-bo/ho-so/{code}/danh-gia-tai-quay", StaffRoute.signedIn(r -> p.actions().openCounterRating(r, r.at("code"))));
        b.add("GET", "/can-bo/ho-so/{code}/giay-to/{kind}", StaffRoute.signedIn(r -> p.documents().slip(r, r.at("code"), r.at("kind"))));
        b.add("GET", "/can-bo/so-theo-doi", StaffRoute.signedIn(p.documents()::trackingBook));
        b.add("GET", "/can-bo/phan-anh", StaffRoute.signedIn(p.feedback()::inbox));
        b.add("GET", "/can-bo/phan-anh/{reference}", StaffRoute.signedIn(r -> p.feedback().item(r, r.at("reference"))));
        b.add("POST", "/can-bo/phan-anh/{reference}/{op}", StaffRoute.signedIn(r -> p.feedback().act(r, r.at("reference"), r.at("op"))));
        b.add("GET", "/can-bo/danh-gia", StaffRoute.signedIn(p.evaluation()::unit));
        b.add("GET", "/can-bo/danh-gia/{login}", StaffRoute.signedIn(r -> p.evaluation().officer(r, r.at("login"))));

        // statistics: city administrators, and leaders, unit administrators and control officers for their units
        b.add("GET", "/quan-tri/thong-ke", StaffRoute.only(DashboardScope::allowed, p.dashboard()::home));
        b.add("GET", "/quan-tri/thong-ke/ho-so", StaffRoute.only(DashboardScope::allowed, p.dashboard()::dossiers));
        b.add("GET", "/quan-tri/thong-ke/xuat", StaffRoute.only(DashboardScope::allowed, p.dashboard()::export));

        // the admin console: city and unit administrators; each page narrows to what the account administers
        b.add("GET", "/quan-tri", StaffRoute.only(admin, p.admin()::home));
        b.add("GET", "/quan-tri/chi-phi", StaffRoute.only(admin, p.cost()::list));
        b.add("POST", "/quan-tri/chi-phi", StaffRoute.only(admin, p.cost()::compare));
        b.add("GET", "/quan-tri/hop-thu-di", StaffRoute.only(admin.and(OutboxPages::allowed), p.outbox()::page));
        b.add("POST", "/quan-tri/hop-thu-di/{id}/gui-lai", StaffRoute.only(admin.and(OutboxPages::allowed), r -> p.outbox().resend(r, r.at("id"))));
        b.add("POST", "/quan-tri/goi", StaffRoute.only(admin, p.bundles()::upload));
        b.add("POST", "/quan-tri/goi/kiem-tra", StaffRoute.only(admin, p.bundleCheck()::serve));
        b.add("POST", "/quan-tri/goi/{id}/{op}", StaffRoute.only(admin, r -> {
            if (r.at("id").matches(ID)) {
                p.bundles().bundleAction(r, Long.parseLong(r.at("id")), r.at("op"));
            } else {
                ErrorPages.notFound(r);
            }
        }));
        b.add("POST", "/quan-tri/thu-tuc/{procedure}/don-vi/{unit}", StaffRoute.only(admin, r -> p.admin().switchProcedure(r, r.at("procedure"), r.at("unit"))));
        b.add("GET", "/quan-tri/don-vi/{unit}", StaffRoute.only(admin, r -> p.admin().unit(r, r.at("unit"))));
        b.add("POST", "/quan-tri/don-vi/{unit}", StaffRoute.only(admin, r -> p.units().saveUnit(r, r.at("unit"))));
        b.add("POST", "/quan-tri/don-vi/{unit}/dong-cua", StaffRoute.only(admin, r -> p.units().addClosure(r, r.at("unit"))));
        b.add("POST", "/quan-tri/don-vi/{unit}/dong-cua/xoa", StaffRoute.only(admin, r -> p.units().removeClosure(r, r.at("unit"))));
        b.add("POST", "/quan-tri/tai-khoan", StaffRoute.only(admin, p.accounts()::createAccount));
        b.add("GET", "/quan-tri/tai-khoan/{login}", StaffRoute.only(admin, r -> p.accounts().account(r, r.at("login"))));
        b.add("POST", "/quan-tri/tai-khoan/{login}/vai-tro", StaffRoute.only(admin, r -> p.accounts().saveRoles(r, r.at("login"))));
        b.add("POST", "/quan-tri/tai-khoan/{login}/mat-khau", StaffRoute.only(admin, r -> p.accounts().resetPassword(r, r.at("login"))));
        b.add("POST", "/quan-tri/tai-khoan/{login}/khoa", StaffRoute.only(admin, r -> p.accounts().setActive(r, r.at("login"), false)));
        b.add("POST", "/quan-tri/tai-khoan/{login}/mo-khoa", StaffRoute.only(admin, r -> p.accounts().setActive(r, r.at("login"), true)));
        b.add("GET", "/quan-tri/lich/{year}", StaffRoute.only(admin, r -> year(r, y -> p.calendar().year(r, y))));
        b.add("POST", "/quan-tri/lich/{year}", StaffRoute.only(admin, r -> year(r, y -> p.calendar().importYear(r, y))));
        return b.build();
    }

    @FunctionalInterface
    private interface YearPage {
        void serve(int year) throws java.io.IOException;
    }

    /** Calendar years 1900–2199 only: anything else is no page. */
    private static void year(Req r, YearPage page) throws java.io.IOException {
        if (r.at("year").matches(YEAR)) {
            page.serve(Integer.parseInt(r.at("year")));
        } else {
            ErrorPages.notFound(r);
        }
    }
}
