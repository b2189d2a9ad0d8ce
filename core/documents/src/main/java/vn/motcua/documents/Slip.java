package vn.motcua.documents;

import java.time.Instant;

/**
 * One official document to print. Each kind is a record of this package; the set is closed so that a renderer can
 * be complete.
 */
public sealed interface Slip
        permits ReceiptSlip, SupplementRequest, RefusalSlip, ApologySlip, ControlSheet, TrackingBook, StopNotice {

    /** The unit printed in the top-left header block. */
    Issuer issuer();

    /**
     * When the agency got the dossier (for a dossier it did not receive, when it was submitted). Selects the
     * template: see {@link FormRegime#at(Instant)}.
     */
    Instant receivedAt();
}
