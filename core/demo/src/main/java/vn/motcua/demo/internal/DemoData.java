package vn.motcua.demo.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import vn.motcua.engine.DossierEngine;
import vn.motcua.security.StaffAccounts;

/**
 * Seeds the demo data when this bundle starts. There is no {@code motcua.demo} switch to read: the launcher installs
 * this bundle only with {@code --demo} (decision 1502), so being active is the switch.
 */
@Component(immediate = true, service = {})
public final class DemoData {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "motcua-demo-dossiers"));

    @Activate
    public DemoData(@Reference StaffAccounts accounts, @Reference DossierEngine engine) {
        new DemoAccounts(accounts, System.out).createMissing();
        // In the background: the sample procedure bundle may register 1.013225 after this component starts.
        worker.execute(new DemoDossiers(engine)::createWhenOffered);
    }

    @Deactivate
    void stop() {
        worker.shutdownNow();
    }
}
