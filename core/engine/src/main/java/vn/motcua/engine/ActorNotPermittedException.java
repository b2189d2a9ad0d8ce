package vn.motcua.engine;

/** The action is allowed in this state, but not for this actor: wrong role, wrong unit, or wrong second factor. */
public class ActorNotPermittedException extends DossierEngineException {
    private static final long serialVersionUID = 1L;

    public ActorNotPermittedException(String message) {
        super(message);
    }
}
