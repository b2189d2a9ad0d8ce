package vn.motcua.engine;

/** The decision on a dossier. */
public enum Outcome {
    APPROVED,
    /** A result that says no, with a reason. */
    REJECTED
}
