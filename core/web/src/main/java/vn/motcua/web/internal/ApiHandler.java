package vn.motcua.web.internal;

/** A resource method: one API call in, one reply out. Problems are thrown as {@link ApiProblem}. */
@FunctionalInterface
interface ApiHandler {
    Reply handle(ApiCall call);
}
