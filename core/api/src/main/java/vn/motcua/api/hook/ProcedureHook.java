package vn.motcua.api.hook;

/** Marker and constants shared by all hooks. */
public interface ProcedureHook {
    /** Service property naming the procedure code a hook serves. */
    String PROCEDURE_PROPERTY = "motcua.procedure";
}
