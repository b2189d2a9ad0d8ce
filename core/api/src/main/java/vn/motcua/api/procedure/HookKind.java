package vn.motcua.api.procedure;

/**
 * A kind of Java hook a descriptor can require (descriptor key {@code hooks}, lower case: {@code validator}).
 */
public enum HookKind {
    /** A {@code vn.motcua.api.hook.FormValidator} registered for the procedure's code. */
    VALIDATOR
}
