package vn.motcua.runtime.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extender: registers the descriptors of every active procedure bundle and withdraws them when it stops.
 * A broken bundle is reported and skipped; it never breaks the tracker.
 */
final class ProcedureExtender extends BundleTracker<DeclaredProcedures> {

    private static final Logger LOG = LoggerFactory.getLogger(ProcedureExtender.class);
    private final ProcedureCatalogue catalogue;
    private final BundleDescriptors descriptors;

    ProcedureExtender(BundleContext context, ProcedureCatalogue catalogue, BundleDescriptors descriptors) {
        super(context, Bundle.ACTIVE, null);
        this.catalogue = catalogue;
        this.descriptors = descriptors;
    }

    @Override
    public DeclaredProcedures addingBundle(Bundle bundle, BundleEvent event) {
        DeclaredProcedures declared;
        try {
            declared = descriptors.of(bundle);
        } catch (RuntimeException e) {
            LOG.error("bundle {} {}: descriptors could not be read: {}", bundle.getSymbolicName(), bundle.getVersion(), e.toString());
            catalogue.register(bundle.getBundleId(), bundle.getSymbolicName(), java.util.List.of(),
                    java.util.List.of("descriptors could not be read: " + e));
            return null;
        }
        if (declared == null) {
            return null;
        }
        var report = catalogue.register(bundle.getBundleId(), bundle.getSymbolicName(), declared.procedures(), declared.problems());
        if (report.problems().isEmpty()) {
            LOG.info("bundle {} {} registered procedures {}", bundle.getSymbolicName(), bundle.getVersion(), report.procedures());
        } else {
            report.problems().forEach(p -> LOG.error("bundle {} {} refused: {}", bundle.getSymbolicName(), bundle.getVersion(), p));
        }
        return declared;
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, DeclaredProcedures declared) {
        catalogue.withdraw(bundle.getBundleId());
        LOG.info("bundle {} {} withdrew its procedures", bundle.getSymbolicName(), bundle.getVersion());
    }
}
