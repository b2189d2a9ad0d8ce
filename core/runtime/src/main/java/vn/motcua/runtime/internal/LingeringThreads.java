package vn.motcua.runtime.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.framework.Bundle;

/**
 * Threads a procedure bundle started and did not stop (issue 16: they survived uninstall and kept running its
 * code). Before the bundle goes, the names of its own classes are taken; afterwards every live thread whose stack
 * runs one of them is interrupted and reported. Best effort: a thread that ignores interrupts keeps running (Java has
 * no safe way to kill it); the report names it so that the operator can restart the platform.
 */
final class LingeringThreads {

    private LingeringThreads() {
    }

    /** The binary names of the classes inside {@code bundle}'s own jar (not its imports). */
    static Set<String> classesOf(Bundle bundle) {
        Set<String> names = new HashSet<>();
        Enumeration<java.net.URL> entries = bundle.findEntries("/", "*.class", true);
        for (java.net.URL url : entries == null ? Collections.<java.net.URL>emptyList() : Collections.list(entries)) {
            String path = url.getPath().startsWith("/") ? url.getPath().substring(1) : url.getPath();
            names.add(path.substring(0, path.length() - ".class".length()).replace('/', '.'));
        }
        return names;
    }

    /** Interrupts the live threads, other than the caller, that run one of {@code classes}; returns their names. */
    static List<String> interrupt(Set<String> classes) {
        List<String> found = new ArrayList<>();
        if (classes.isEmpty()) {
            return found;
        }
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            Thread t = e.getKey();
            if (t == Thread.currentThread() || !t.isAlive()) {
                continue;
            }
            for (StackTraceElement frame : e.getValue()) {
                if (classes.contains(frame.getClassName())) {
                    t.interrupt();
                    found.add(t.getName());
                    break;
                }
            }
        }
        return found;
    }
}
