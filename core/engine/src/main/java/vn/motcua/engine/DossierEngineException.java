package vn.motcua.engine;

/** Root of the engine's exceptions; each subclass is named after what failed. */
public class DossierEngineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DossierEngineException(String message) {
        super(message);
    }

    public DossierEngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
