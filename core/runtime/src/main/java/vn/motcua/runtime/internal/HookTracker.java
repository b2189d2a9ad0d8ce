package vn.motcua.runtime.internal;

import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import vn.motcua.api.hook.AutomatedStep;
import vn.motcua.api.hook.FormValidator;
import vn.motcua.api.hook.ProcedureHook;
import vn.motcua.descriptor.HookBindings;

/**
 * Follows the {@link FormValidator} and {@link AutomatedStep} services procedure bundles register and hands the
 * catalogue the current list, first registered first (lowest service id), which the catalogue binds with
 * {@link HookBindings}. A hook that cannot be fetched is skipped; it never breaks the tracker.
 */
final class HookTracker extends ServiceTracker<ProcedureHook, HookBindings.Registration> {

    private final ProcedureCatalogue catalogue;
    private final Map<Long, HookBindings.Registration> byServiceId = new ConcurrentSkipListMap<>();

    HookTracker(BundleContext context, ProcedureCatalogue catalogue) {
        super(context, filter(), null);
        this.catalogue = catalogue;
    }

    private static org.osgi.framework.Filter filter() {
        try {
            return FrameworkUtil.createFilter("(|(" + Constants.OBJECTCLASS + "=" + FormValidator.class.getName() + ")("
                    + Constants.OBJECTCLASS + "=" + AutomatedStep.class.getName() + "))");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("constant filter", e);
        }
    }

    @Override
    public HookBindings.Registration addingService(ServiceReference<ProcedureHook> reference) {
        ProcedureHook hook = context.getService(reference);
        if (hook == null) {
            return null;
        }
        HookBindings.Registration registration = registration(reference, hook);
        byServiceId.put(serviceId(reference), registration);
        publish();
        return registration;
    }

    @Override
    public void modifiedService(ServiceReference<ProcedureHook> reference, HookBindings.Registration old) {
        byServiceId.put(serviceId(reference), registration(reference, old.hook()));
        publish();
    }

    @Override
    public void removedService(ServiceReference<ProcedureHook> reference, HookBindings.Registration registration) {
        byServiceId.remove(serviceId(reference));
        publish();
        context.ungetService(reference);
    }

    private void publish() {
        catalogue.hooksChanged(new ArrayList<>(byServiceId.values()));
    }

    private static HookBindings.Registration registration(ServiceReference<ProcedureHook> reference, ProcedureHook hook) {
        Object code = reference.getProperty(ProcedureHook.PROCEDURE_PROPERTY);
        Object step = reference.getProperty(AutomatedStep.STEP_PROPERTY);
        Object component = reference.getProperty("component.name");
        String origin = reference.getBundle().getSymbolicName() + " " + reference.getBundle().getVersion()
                + (component == null ? "" : " (" + component + ")");
        return new HookBindings.Registration(hook, code == null ? null : String.valueOf(code),
                step == null ? null : String.valueOf(step), origin, reference.getBundle().getBundleId());
    }

    private static long serviceId(ServiceReference<?> reference) {
        return (Long) reference.getProperty(Constants.SERVICE_ID);
    }
}
