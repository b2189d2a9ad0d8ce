package vn.motcua.engine.payment;

/** What a verified callback did. All are answered 200 to the gateway: it need not call again. */
public enum CallbackOutcome {
    /** The payment was accepted: the dossier is paid. */
    PAID,
    /** The citizen cancelled at the gateway or the bank refused: the dossier still waits. */
    CANCELLED,
    /** Money came after the attempt expired or for a dossier already paid: a refund is ordered through the outbox. */
    REFUNDED,
    /** The same callback again (the gateway retries, the citizen reloads the return page): nothing changed. */
    ALREADY_SETTLED
}
