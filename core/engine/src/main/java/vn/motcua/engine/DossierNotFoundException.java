package vn.motcua.engine;

/** No dossier has this code. */
public class DossierNotFoundException extends DossierEngineException {
    private static final long serialVersionUID = 1L;
    private final String code;

    public DossierNotFoundException(String code) {
        super("no dossier " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
