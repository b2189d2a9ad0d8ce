package vn.motcua.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Online payments inside one transaction ({@link StoreTransaction#payments()}), decision 1130. */
@ProviderType
public interface PaymentTable {

    void insert(PaymentRecord payment);

    Optional<PaymentRecord> find(String id);

    /** The attempts of a dossier, oldest first; empty when the dossier never needed an online payment. */
    List<PaymentRecord> ofDossier(String dossierCode);

    /**
     * Settles a PENDING attempt: moves it to {@code status} only if it is still PENDING. A PAID attempt also takes the
     * dossier's one "paid" slot.
     *
     * @return false if another callback settled it first
     * @throws DuplicateKeyException when {@code status} is PAID and another attempt of the dossier is already PAID
     */
    boolean settle(String id, String status, Instant at, String gatewayTxn, String note);
}
