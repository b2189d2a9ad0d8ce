package vn.motcua.pages.preview;

import vn.motcua.api.procedure.ProcedureDefinition;

/**
 * The citizen's view of a procedure that is not deployed yet, rendered by the portal's own page code: the procedure
 * page (disclosure with the appointment if a dossier were received now, fees, time limit and its legal extension) and
 * the online form, exactly as the portal would show them. The admin console uses it to preview an uploaded jar;
 * nothing is installed or offered.
 */
public interface CitizenPreview {

    /**
     * A whole HTML page (the portal's styles, no navigation) for a frame.
     *
     * @param procedure a definition read from a jar, valid or not yet deployed
     * @return the page, in Vietnamese, at the first unit the procedure applies to
     */
    String page(ProcedureDefinition procedure);
}
