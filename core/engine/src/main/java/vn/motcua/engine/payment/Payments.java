package vn.motcua.engine.payment;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Online payment of dossiers' fees (decision 1130). Thread-safe; every change commits before it returns. */
@ProviderType
public interface Payments {

    /** The dossier's fee and whether it is paid; empty when the dossier needs no online payment (or does not exist). */
    Optional<PaymentStatus> status(String dossierCode);

    /**
     * Starts (or resumes, while the last attempt has not expired) a payment of the dossier's fee. The caller checked
     * that the applicant may see the dossier (a lookup grant).
     *
     * @return the gateway's pay page to redirect the citizen to
     * @throws PaymentRefusedException UNKNOWN_PAYMENT when the dossier needs no online payment, ALREADY_PAID, NO_GATEWAY
     */
    URI start(String dossierCode, URI returnUrl, URI notifyUrl);

    /**
     * Handles a gateway callback (server-to-server or the citizen's return, the same signed parameters). Idempotent:
     * the same callback twice changes nothing the second time.
     *
     * @throws PaymentRefusedException BAD_SIGNATURE, UNKNOWN_PAYMENT (also when no gateway is configured), AMOUNT_MISMATCH
     */
    CallbackOutcome callback(Map<String, String> parameters);
}
