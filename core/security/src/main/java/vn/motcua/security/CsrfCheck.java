package vn.motcua.security;

/** Result of checking the anti-forgery token of a cookie-authenticated request. */
public enum CsrfCheck {
    /** The cookie names no live session: the request is simply not authenticated by it. */
    NO_SESSION,
    /** The token matches the session's. */
    VALID,
    /** A live session, and the token is missing or wrong: refuse the request. */
    INVALID
}
