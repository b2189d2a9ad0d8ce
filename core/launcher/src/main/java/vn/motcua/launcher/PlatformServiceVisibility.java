package vn.motcua.launcher;

import java.util.Collection;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.hooks.service.EventListenerHook;
import org.osgi.framework.hooks.service.FindHook;
import org.osgi.framework.hooks.service.ListenerHook;

/**
 * Hides the platform's services from procedure bundles: a procedure bundle finds, and hears of, only services that
 * other procedure bundles register and services whose every interface belongs to the plugin API
 * ({@code vn.motcua.api}). Without this a bundle could fetch, say, the staff store by its interface name and call it
 * by reflection even though it cannot import its package (decision 1620).
 */
final class PlatformServiceVisibility implements FindHook, EventListenerHook {

    @Override
    public void find(BundleContext context, String name, String filter, boolean allServices,
                     Collection<ServiceReference<?>> references) {
        if (BundleOrigin.isProcedureBundle(context.getBundle())) {
            references.removeIf(r -> !visibleToProcedures(r));
        }
    }

    @Override
    public void event(ServiceEvent event, Map<BundleContext, Collection<ListenerHook.ListenerInfo>> listeners) {
        if (!visibleToProcedures(event.getServiceReference())) {
            listeners.keySet().removeIf(c -> BundleOrigin.isProcedureBundle(c.getBundle()));
        }
    }

    static boolean visibleToProcedures(ServiceReference<?> reference) {
        if (BundleOrigin.isProcedureBundle(reference.getBundle())) {
            return true;
        }
        Object classes = reference.getProperty(Constants.OBJECTCLASS);
        if (!(classes instanceof String[] names) || names.length == 0) {
            return false;
        }
        for (String name : names) {
            if (!ProcedureBundleConfinement.within(name.substring(0, Math.max(0, name.lastIndexOf('.'))), "vn.motcua.api")) {
                return false;
            }
        }
        return true;
    }
}
