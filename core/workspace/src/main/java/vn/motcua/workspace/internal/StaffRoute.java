package vn.motcua.workspace.internal;

import java.io.IOException;
import java.util.Objects;
import java.util.function.Predicate;
import vn.motcua.security.StaffIdentity;

/**
 * Where a route of the staff pages leads, and who may follow it. An account the route does not allow gets the same
 * 404 page as an unknown path, so that a page's existence is not told to those who may not open it.
 *
 * @param open    whether the route answers without a session (login page, style sheet)
 * @param allowed who may follow it once signed in
 * @param page    what answers
 */
record StaffRoute(boolean open, Predicate<StaffIdentity> allowed, Page page) {

    /** What answers a routed request. */
    @FunctionalInterface
    interface Page {
        void serve(Req r) throws IOException;
    }

    StaffRoute {
        Objects.requireNonNull(allowed, "allowed");
        Objects.requireNonNull(page, "page");
    }

    /** A route anyone may follow, signed in or not. */
    static StaffRoute open(Page page) {
        return new StaffRoute(true, who -> true, page);
    }

    /** A route for every signed-in account; the page or the engine decides what the account sees. */
    static StaffRoute signedIn(Page page) {
        return new StaffRoute(false, who -> true, page);
    }

    /** A route only for the accounts {@code allowed} accepts. */
    static StaffRoute only(Predicate<StaffIdentity> allowed, Page page) {
        return new StaffRoute(false, allowed, page);
    }

    /** Whether this account may follow the route. */
    boolean admits(StaffIdentity who) {
        return open || who != null && allowed.test(who);
    }
}
