package vn.motcua.engine.citizen;

import vn.motcua.engine.DossierEngineException;

/** No live grant for this dossier: the applicant must look it up again with the second factor. */
public class GrantRequiredException extends DossierEngineException {
    private static final long serialVersionUID = 1L;

    public GrantRequiredException(String dossierCode) {
        super("no valid access grant for dossier " + dossierCode);
    }
}
