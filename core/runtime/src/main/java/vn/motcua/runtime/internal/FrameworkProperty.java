package vn.motcua.runtime.internal;

import org.osgi.framework.BundleContext;

/** Reads the launcher's framework properties with an error that says what to do when one is missing. */
final class FrameworkProperty {
    private FrameworkProperty() {
    }

    static String required(BundleContext context, String name) {
        String value = context.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new ConfigurationException("framework property " + name + " is not set: start motcua with bin/motcua");
        }
        return value;
    }
}
