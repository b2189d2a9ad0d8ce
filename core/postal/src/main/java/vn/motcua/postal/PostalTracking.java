package vn.motcua.postal;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The postal orders of a dossier. Registered whether or not a postal partner is configured: an order waiting for the
 * partner is shown as such. The caller decides who may see the dossier. Thread-safe.
 */
@ProviderType
public interface PostalTracking {

    /** The dossier's postal orders, oldest first; empty if it has none. */
    List<Shipment> forDossier(String dossierCode);
}
