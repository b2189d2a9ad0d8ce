package vn.motcua.web.internal;

import java.util.List;
import java.util.function.Function;
import vn.motcua.pages.route.Router;

/**
 * Every route of the API under {@code /api/v1}, in one table that needs no resource to be read, so that a test can hold
 * it against {@code openapi.json} without starting anything ({@code ApiRoutesTest}): a route nobody documented, or a
 * documented path nobody routes, fails the build.
 */
final class ApiRoutes {

    /**
     * One row of the table.
     *
     * @param handler the resource method, taken from the resources when the router is built
     */
    record Row(String method, String template, Function<ApiResources, ApiHandler> handler) {
    }

    static final List<Row> TABLE = List.of(
            new Row("GET", "/health", r -> r.health()::live),
            new Row("GET", "/health/live", r -> r.health()::live),
            new Row("GET", "/health/ready", r -> r.health()::ready),
            new Row("POST", "/admin/backups", r -> r.backups()::create),
            new Row("GET", "/units", r -> r.units()::list),
            new Row("GET", "/schemas/procedure-descriptor.schema.json", r -> call -> Reply.text(r.schema(), "application/schema+json")),
            // Versioned name: descriptor format 1 stays at this URL for every 1.x platform (the schema's $id).
            new Row("GET", "/schemas/procedure-descriptor-1.json", r -> call -> Reply.text(r.schema(), "application/schema+json")),
            new Row("GET", "/procedures", r -> r.procedures()::list),
            new Row("GET", "/procedures/{code}", r -> r.procedures()::detail),
            new Row("GET", "/procedures/{code}/appointment", r -> r.calendar()::appointment),
            new Row("GET", "/calendar/{year}", r -> r.calendar()::year),
            new Row("POST", "/dossiers", r -> r.dossiers()::submit),
            new Row("POST", "/dossiers/{code}/lookup", r -> r.dossiers()::lookup),
            new Row("POST", "/dossiers/{code}/actions", r -> r.dossiers()::act),
            new Row("POST", "/dossiers/{code}/payment", r -> r.payments()::start),
            new Row("POST", "/payments/callback", r -> r.payments()::callback),
            new Row("GET", "/dossiers/{code}", r -> r.dossiers()::view),
            new Row("GET", "/dossiers/{code}/deadline", r -> r.dossiers()::deadline),
            new Row("GET", "/dossiers/{code}/history/verification", r -> r.dossiers()::history),
            new Row("GET", "/workspace/dossiers", r -> r.dossiers()::queue),
            new Row("GET", "/dossiers/{code}/documents/{kind}", r -> call -> r.citizen().slip(call, r.documents()::slip)),
            new Row("GET", "/dossiers/{code}/attachments/{id}", r -> r.documents()::attachment),
            new Row("GET", "/dossiers/{code}/result", r -> r.citizen()::result),
            new Row("GET", "/openapi.json", r -> call -> Reply.text(r.openApi(), "application/json")),
            new Row("POST", "/dossiers/{code}/grants", r -> r.citizen()::openGrant),
            new Row("POST", "/dossiers/{code}/evaluation", r -> r.citizen()::evaluate),
            new Row("GET", "/dossiers/{code}/evaluation", r -> r.citizen()::evaluation),
            new Row("GET", "/evaluation-criteria", r -> r.citizen()::criteria),
            new Row("POST", "/feedback", r -> r.citizen()::sendFeedback),
            new Row("POST", "/feedback/{reference}/lookup", r -> r.citizen()::trackFeedback),
            new Row("POST", "/feedback/{reference}/answer", r -> r.citizen()::answerFeedback),
            new Row("GET", "/workspace/tracking-book", r -> r.documents()::trackingBook),
            new Row("POST", "/admin/bundles/{id}/rollback", r -> r.admin()::rollback),
            new Row("GET", "/admin/units/{code}", r -> r.unitsAdmin()::unit),
            new Row("PUT", "/admin/units/{code}", r -> r.unitsAdmin()::saveUnit),
            new Row("GET", "/admin/units/{code}/closures", r -> r.unitsAdmin()::closures),
            new Row("POST", "/admin/units/{code}/closures", r -> r.unitsAdmin()::addClosure),
            new Row("DELETE", "/admin/units/{code}/closures", r -> r.unitsAdmin()::removeClosure),
            new Row("PUT", "/admin/calendar/{year}", r -> r.unitsAdmin()::importYear),
            new Row("DELETE", "/admin/calendar/{year}", r -> r.unitsAdmin()::removeYear),
            new Row("GET", "/admin/bundles", r -> r.admin()::list),
            new Row("POST", "/admin/bundles", r -> r.admin()::upload),
            new Row("POST", "/admin/bundles/{id}/start", r -> r.admin()::start),
            new Row("POST", "/admin/bundles/{id}/stop", r -> r.admin()::stop),
            new Row("DELETE", "/admin/bundles/{id}", r -> r.admin()::uninstall),
            new Row("PUT", "/admin/procedures/{code}/units/{unit}", r -> r.admin()::switchProcedure),
            new Row("POST", "/auth/login", r -> r.auth()::login),
            new Row("POST", "/auth/logout", r -> r.auth()::logout),
            new Row("GET", "/auth/me", r -> r.auth()::me),
            new Row("POST", "/auth/password", r -> r.auth()::changePassword),
            new Row("GET", "/auth/tokens", r -> r.auth()::tokens),
            new Row("POST", "/auth/tokens", r -> r.auth()::issueToken),
            new Row("DELETE", "/auth/tokens/{id}", r -> r.auth()::revokeToken),
            new Row("GET", "/admin/accounts", r -> r.accounts()::list),
            new Row("POST", "/admin/accounts", r -> r.accounts()::create),
            new Row("GET", "/admin/accounts/{login}", r -> r.accounts()::get),
            new Row("PUT", "/admin/accounts/{login}/roles", r -> r.accounts()::replaceRoles),
            new Row("POST", "/admin/accounts/{login}/password", r -> r.accounts()::resetPassword),
            new Row("POST", "/admin/accounts/{login}/deactivate", r -> r.accounts()::deactivate),
            new Row("POST", "/admin/accounts/{login}/activate", r -> r.accounts()::activate),
            new Row("GET", "/admin/audit", r -> r.accounts()::audit));

    private ApiRoutes() {
    }

    /** The router over these resources. */
    static Router<ApiHandler> router(ApiResources resources) {
        Router.Builder<ApiHandler> b = Router.builder();
        TABLE.forEach(row -> b.add(row.method(), row.template(), row.handler().apply(resources)));
        return b.build();
    }
}
