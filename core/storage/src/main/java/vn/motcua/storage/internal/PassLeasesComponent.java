package vn.motcua.storage.internal;

import java.time.Duration;
import java.time.Instant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.motcua.storage.DossierStore;
import vn.motcua.storage.PassLeases;

/** The {@link PassLeases} service on this bundle's database (like {@link ReportStoreComponent}). */
@Component(service = PassLeases.class)
public final class PassLeasesComponent implements PassLeases {

    private final PassLeases leases;

    @Activate
    public PassLeasesComponent(@Reference(target = "(component.name=vn.motcua.storage.internal.StorageComponent)") DossierStore storage) {
        this.leases = ((StorageComponent) storage).database().passLeases();
    }

    @Override
    public boolean tryHold(String pass, String holder, Instant now, Duration lease) {
        return leases.tryHold(pass, holder, now, lease);
    }
}
