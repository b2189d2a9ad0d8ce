package vn.motcua.runtime.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import vn.motcua.runtime.registry.SwitchStorage;
import vn.motcua.api.hook.AutomatedStep;
import vn.motcua.api.hook.FormValidator;
import vn.motcua.descriptor.DescriptorReader;
import vn.motcua.descriptor.UnitCodes;
import vn.motcua.runtime.deploy.BundleAdministration;
import vn.motcua.runtime.deploy.BundleStorage;
import vn.motcua.runtime.deploy.BundleCheck;
import vn.motcua.runtime.deploy.BundleInfo;
import vn.motcua.runtime.registry.BundleReport;
import vn.motcua.runtime.registry.ProcedureRegistry;
import vn.motcua.runtime.registry.RegisteredProcedure;
import vn.motcua.runtime.registry.Resolution;
import vn.motcua.runtime.units.Unit;
import vn.motcua.runtime.units.UnitDirectory;

/**
 * Wires the registry, the extender and the deploy folder together and offers them as services. Holds no logic.
 */
@Component(service = {ProcedureRegistry.class, BundleAdministration.class}, immediate = true)
public final class ProcedureRuntime implements ProcedureRegistry, BundleAdministration {

    private final ProcedureCatalogue catalogue;
    private final ProcedureExtender extender;
    private final HookTracker hooks;
    private final DeployFolder deployFolder;
    private final long switchPollMillis;
    private ChangePoller switchPoller;
    private final long bundlePollMillis;
    private BundleReconciler reconciler;

    @Activate
    public ProcedureRuntime(BundleContext context, @Reference UnitDirectory units) throws IOException {
        Path data = Path.of(FrameworkProperty.required(context, "motcua.data.dir"));
        this.switchPollMillis = ChangePoller.SWITCHES.interval(context.getProperty("motcua.switches.poll.millis"));
        this.bundlePollMillis = BundleReconciler.INTERVAL.interval(context.getProperty("motcua.bundles.poll.millis"));
        this.catalogue = new ProcedureCatalogue(new UnitSwitches(data.resolve("procedure-units.properties")));
        // Unit codes are checked against the directory as it is when a bundle is read, administrators' edits included.
        UnitCodes unitCodes = () -> units.all().stream().map(Unit::code).collect(Collectors.toUnmodifiableSet());
        BundleDescriptors descriptors = new BundleDescriptors(new DescriptorReader(unitCodes));
        this.hooks = new HookTracker(context, catalogue);
        hooks.open();
        this.extender = new ProcedureExtender(context, catalogue, descriptors);
        this.deployFolder = new DeployFolder(context, data.resolve("deploy"), catalogue, descriptors,
                new DeployHistory(data.resolve("deploy-history"), 5));
        extender.open();
        deployFolder.start();
    }

    /** The database's switches, shared by every node (decision 1411): read, written and polled there while present. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, unbind = "unbindSwitchStorage")
    synchronized void bindSwitchStorage(SwitchStorage storage) {
        closePoller();
        catalogue.useSharedSwitches(storage);
        switchPoller = new ChangePoller("procedure switches", catalogue::refreshSwitches, switchPollMillis);
    }

    synchronized void unbindSwitchStorage(SwitchStorage storage) {
        closePoller();
        catalogue.stopSharingSwitches();
    }

    /** The bundles shared by every node (PostgreSQL; decision 1413): stored there and reconciled from there while present. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, unbind = "unbindBundleStorage")
    synchronized void bindBundleStorage(BundleStorage storage) {
        closeReconciler();
        deployFolder.share(storage);
        reconciler = new BundleReconciler(storage, deployFolder, bundlePollMillis);
        deployFolder.syncReportedBy(reconciler::sync);
    }

    synchronized void unbindBundleStorage(BundleStorage storage) {
        closeReconciler();
        deployFolder.syncReportedBy(null);
        deployFolder.share(null);
    }

    private void closeReconciler() {
        if (reconciler != null) {
            reconciler.close();
            reconciler = null;
        }
    }

    private void closePoller() {
        if (switchPoller != null) {
            switchPoller.close();
            switchPoller = null;
        }
    }

    @Deactivate
    void deactivate() {
        synchronized (this) {
            closePoller();
            closeReconciler();
        }
        deployFolder.close();
        extender.close();
        hooks.close();
    }

    @Override
    public List<RegisteredProcedure> all() {
        return catalogue.all();
    }

    @Override
    public List<RegisteredProcedure> offeredAt(Unit unit) {
        return catalogue.offeredAt(unit);
    }

    @Override
    public Resolution resolve(String code, Unit unit) {
        return catalogue.resolve(code, unit);
    }

    @Override
    public void setEnabled(String code, String unitCode, boolean enabled) {
        catalogue.setEnabled(code, unitCode, enabled);
    }

    @Override
    public void pause(String code, String unitCode, vn.motcua.runtime.registry.Pause pause) {
        catalogue.pause(code, unitCode, pause);
    }

    @Override
    public List<BundleReport> reports() {
        return catalogue.reports();
    }

    @Override
    public List<FormValidator> validators(String code) {
        return catalogue.validators(code);
    }

    @Override
    public Optional<AutomatedStep> automatedStep(String code, String stepId) {
        return catalogue.automatedStep(code, stepId);
    }

    @Override
    public List<BundleInfo> list() {
        return deployFolder.list();
    }

    @Override
    public BundleInfo deploy(String fileName, byte[] jar) {
        return deployFolder.deploy(fileName, jar);
    }

    @Override
    public BundleCheck check(String fileName, byte[] jar) {
        return deployFolder.check(fileName, jar);
    }

    @Override
    public BundleInfo start(long id) {
        return deployFolder.start(id);
    }

    @Override
    public BundleInfo stop(long id) {
        return deployFolder.stop(id);
    }

    @Override
    public BundleInfo rollback(long id) {
        return deployFolder.rollback(id);
    }

    @Override
    public void uninstall(long id) {
        deployFolder.uninstall(id);
    }
}
