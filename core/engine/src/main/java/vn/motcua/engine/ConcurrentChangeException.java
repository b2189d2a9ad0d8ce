package vn.motcua.engine;

/** Another action changed the dossier first; reload it and decide again. */
public class ConcurrentChangeException extends DossierEngineException {
    private static final long serialVersionUID = 1L;
    private final String code;

    public ConcurrentChangeException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
