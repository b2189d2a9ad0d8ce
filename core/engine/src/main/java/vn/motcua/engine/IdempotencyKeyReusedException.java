package vn.motcua.engine;

/** An idempotency key was sent again with a different request. */
public class IdempotencyKeyReusedException extends DossierEngineException {
    private static final long serialVersionUID = 1L;

    public IdempotencyKeyReusedException(String key) {
        super("idempotency key " + key + " was already used for a different request");
    }
}
