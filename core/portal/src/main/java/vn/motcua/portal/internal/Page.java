package vn.motcua.portal.internal;

import java.io.IOException;
import vn.motcua.pages.route.Match;

/** What a route of the portal's table leads to: it answers one visit, with the path parameters its template bound. */
@FunctionalInterface
interface Page {

    void serve(Visit v, Match<Page> match) throws IOException;
}
