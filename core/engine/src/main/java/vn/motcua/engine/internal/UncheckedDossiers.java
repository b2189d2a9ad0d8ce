package vn.motcua.engine.internal;

import java.util.Optional;
import vn.motcua.engine.ActionCommand;
import vn.motcua.engine.ActionResult;
import vn.motcua.engine.AttachmentFile;
import vn.motcua.engine.DossierEngine;
import vn.motcua.engine.DossierView;

/**
 * What the engine's own components (automated steps, the citizen desk behind its grant, slips) read and do without a
 * staff member: this package is not exported, so no HTTP layer or procedure bundle can reach it (decision 1310).
 */
public interface UncheckedDossiers extends DossierEngine {

    /** The staff view of a dossier for the platform itself; no action is offered in it. */
    Optional<DossierView> view(String code);

    /** An attachment for the platform itself (the citizen desk checks the applicant's grant first). */
    Optional<AttachmentFile> file(String code, String attachmentId);

    /** A step action by the platform (an automated step); the public {@code act} refuses the system role. */
    ActionResult actAsSystem(String code, ActionCommand command);
}
