package vn.motcua.runtime.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.motcua.api.hook.AutomatedStep;
import vn.motcua.api.hook.FormValidator;
import vn.motcua.api.procedure.Applicability;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.descriptor.HookBindings;
import vn.motcua.runtime.registry.BundleReport;
import vn.motcua.runtime.registry.Pause;
import vn.motcua.runtime.registry.ProcedureRegistry;
import vn.motcua.runtime.registry.RegisteredProcedure;
import vn.motcua.runtime.registry.Resolution;
import vn.motcua.runtime.units.Unit;

/**
 * The registry's state and rules, free of OSGi so that they can be tested directly.
 *
 * <p>Thread-safety: writers are serialised by {@code synchronized}; readers use an immutable snapshot published
 * through a volatile field, so a catalogue request never waits for a bundle being installed.
 */
public final class ProcedureCatalogue implements ProcedureRegistry {

    /** Immutable view read by request threads. */
    private record Snapshot(List<RegisteredProcedure> active, List<RegisteredProcedure> swapping, java.util.Map<String, Pause> disabled,
                            HookBindings hooks) {
    }

    private final Map<Long, List<RegisteredProcedure>> byBundle = new LinkedHashMap<>();
    private final Map<Long, List<RegisteredProcedure>> swappingByBundle = new HashMap<>();
    private final Set<Long> swapsInProgress = new HashSet<>();
    private final Map<Long, BundleReport> reports = new LinkedHashMap<>();
    private final UnitSwitches switches;
    private List<HookBindings.Registration> hookRegistrations = List.of();
    private volatile Snapshot snapshot = new Snapshot(List.of(), List.of(), java.util.Map.of(), HookBindings.none());

    public ProcedureCatalogue(UnitSwitches switches) {
        this.switches = switches;
        publish();
    }

    /**
     * Registers the declarations of one bundle. Declarations that conflict with another bundle's are refused and
     * reported; the rest are registered. A bundle whose descriptors had errors is reported with no declaration.
     */
    public synchronized BundleReport register(long bundleId, String bundleName, List<RegisteredProcedure> declared,
                                              List<String> problems) {
        List<String> allProblems = new ArrayList<>(problems);
        List<RegisteredProcedure> accepted = new ArrayList<>();
        if (problems.isEmpty()) {
            for (RegisteredProcedure candidate : declared) {
                Optional<RegisteredProcedure> clash = conflictWith(candidate, bundleId, accepted);
                if (clash.isPresent()) {
                    RegisteredProcedure other = clash.get();
                    allProblems.add(candidate.source().descriptorPath() + ": procedure " + candidate.code()
                            + " is already declared for the same units by bundle " + other.source().bundleName()
                            + " " + other.source().bundleVersion() + " (" + other.source().descriptorPath()
                            + "); remove one of them or narrow 'applicability.units'");
                } else {
                    accepted.add(candidate);
                }
            }
        }
        byBundle.put(bundleId, List.copyOf(accepted));
        BundleReport report = new BundleReport(bundleId, bundleName,
                accepted.stream().map(p -> p.code() + "@" + p.definition().version()).toList(), allProblems);
        reports.put(bundleId, report);
        swappingByBundle.remove(bundleId);
        publish();
        return report;
    }

    /** Removes a bundle's declarations; during an update they stay visible as "updating" until {@link #endSwap}. */
    public synchronized void withdraw(long bundleId) {
        List<RegisteredProcedure> gone = byBundle.remove(bundleId);
        if (gone != null && swapsInProgress.contains(bundleId)) {
            swappingByBundle.put(bundleId, gone);
        } else {
            reports.remove(bundleId);
        }
        publish();
    }

    /** Marks a bundle as being updated: requests for its procedures answer "updating" instead of "not offered". */
    public synchronized void beginSwap(long bundleId) {
        swapsInProgress.add(bundleId);
    }

    /** The update is over, whether the new version registered or not. */
    public synchronized void endSwap(long bundleId) {
        swapsInProgress.remove(bundleId);
        swappingByBundle.remove(bundleId);
        publish();
    }

    /** Forgets the report of a bundle that is gone for good. */
    public synchronized void forget(long bundleId) {
        reports.remove(bundleId);
        byBundle.remove(bundleId);
        publish();
    }

    /** The Java hooks registered now, first registered first; bindings and waiting procedures follow at once. */
    public synchronized void hooksChanged(List<HookBindings.Registration> registrations) {
        hookRegistrations = List.copyOf(registrations);
        publish();
    }

    /** The hooks registered now, first registered first. */
    public synchronized List<HookBindings.Registration> hookRegistrations() {
        return hookRegistrations;
    }

    @Override
    public List<FormValidator> validators(String code) {
        return snapshot.hooks().validators(code);
    }

    @Override
    public Optional<AutomatedStep> automatedStep(String code, String stepId) {
        return snapshot.hooks().automatedStep(code, stepId);
    }

    /** Switches are read from and written to {@code storage} from now on (several nodes; decision 1411). */
    public synchronized void useSharedSwitches(vn.motcua.runtime.registry.SwitchStorage storage) {
        switches.attach(storage);
        publish();
    }

    /** Switches stay as last read; later changes go to this node's file. */
    public synchronized void stopSharingSwitches() {
        switches.detach();
    }

    /**
     * One poll: reloads the shared switches if another node (or this one) changed them; true if it did. The check is a
     * single cheap query outside the lock, so request threads and bundle events never wait behind a quiet poll.
     */
    public boolean refreshSwitches() {
        if (!switches.stale()) {
            return false;
        }
        synchronized (this) {
            if (switches.refresh()) {
                publish();
                return true;
            }
            return false;
        }
    }

    @Override
    public void setEnabled(String code, String unitCode, boolean enabled) {
        synchronized (this) {
            switches.set(code, unitCode, enabled);
            publish();
        }
    }

    @Override
    public void pause(String code, String unitCode, Pause pause) {
        synchronized (this) {
            switches.pause(code, unitCode, pause);
            publish();
        }
    }

    @Override
    public List<RegisteredProcedure> all() {
        return snapshot.active();
    }

    @Override
    public List<RegisteredProcedure> offeredAt(Unit unit) {
        Snapshot s = snapshot;
        Map<String, RegisteredProcedure> effective = new LinkedHashMap<>();
        for (RegisteredProcedure p : s.active()) {
            pick(effective, p, unit);
        }
        for (RegisteredProcedure p : s.swapping()) {
            if (!effective.containsKey(p.code())) {
                pick(effective, p, unit);
            }
        }
        effective.values().removeIf(p -> s.disabled().containsKey(UnitSwitches.key(p.code(), unit.code()))
                || !s.hooks().missing(p.definition()).isEmpty());
        return List.copyOf(effective.values());
    }

    @Override
    public Resolution resolve(String code, Unit unit) {
        Snapshot s = snapshot;
        Optional<RegisteredProcedure> found = best(s.active(), code, unit);
        if (found.isEmpty()) {
            Optional<RegisteredProcedure> old = best(s.swapping(), code, unit);
            return old.isPresent() ? new Resolution(Resolution.Status.UPDATING, old)
                    : new Resolution(Resolution.Status.NOT_OFFERED, Optional.empty());
        }
        if (!s.hooks().missing(found.get().definition()).isEmpty()) {
            return new Resolution(Resolution.Status.WAITING, found);
        }
        Pause pause = s.disabled().get(UnitSwitches.key(code, unit.code()));
        if (pause != null) {
            return new Resolution(Resolution.Status.DISABLED, found, Optional.of(pause));
        }
        return new Resolution(Resolution.Status.OFFERED, found);
    }

    /**
     * The reports with what the hooks add: procedures waiting for a hook, and hooks a bundle registered that are not
     * used (a procedure code nobody declares, a second hook for one step), under the bundle that registered them.
     */
    @Override
    public synchronized List<BundleReport> reports() {
        HookBindings hooks = snapshot.hooks();
        List<BundleReport> out = new ArrayList<>();
        for (BundleReport r : reports.values()) {
            List<String> problems = new ArrayList<>(r.problems());
            hooks.problems().stream().filter(p -> p.originId() == r.bundleId()).map(HookBindings.Problem::message)
                    .forEach(problems::add);
            List<String> waiting = new ArrayList<>();
            for (RegisteredProcedure p : byBundle.getOrDefault(r.bundleId(), List.of())) {
                List<String> missing = hooks.missing(p.definition());
                if (!missing.isEmpty()) {
                    waiting.add(p.code() + "@" + p.definition().version() + " waits for " + String.join(", ", missing));
                }
            }
            out.add(new BundleReport(r.bundleId(), r.bundleName(), r.procedures(), problems, waiting));
        }
        Set<Long> reported = reports.keySet();
        hooks.problems().stream().filter(p -> !reported.contains(p.originId()))
                .collect(java.util.stream.Collectors.groupingBy(HookBindings.Problem::originId, LinkedHashMap::new,
                        java.util.stream.Collectors.mapping(HookBindings.Problem::message, java.util.stream.Collectors.toList())))
                .forEach((id, messages) -> out.add(new BundleReport(id, hookOrigin(id), List.of(), messages, List.of())));
        return List.copyOf(out);
    }

    private String hookOrigin(long bundleId) {
        return hookRegistrations.stream().filter(r -> r.originId() == bundleId).map(HookBindings.Registration::origin)
                .findFirst().orElse("bundle " + bundleId);
    }

    private static void pick(Map<String, RegisteredProcedure> effective, RegisteredProcedure p, Unit unit) {
        if (!appliesTo(p.definition().applicability(), unit)) {
            return;
        }
        RegisteredProcedure current = effective.get(p.code());
        if (current == null || (p.definition().applicability().isOverride() && !current.definition().applicability().isOverride())) {
            effective.put(p.code(), p);
        }
    }

    private static Optional<RegisteredProcedure> best(List<RegisteredProcedure> list, String code, Unit unit) {
        return list.stream()
                .filter(p -> p.code().equals(code) && appliesTo(p.definition().applicability(), unit))
                .max(Comparator.comparing(p -> p.definition().applicability().isOverride()));
    }

    /** A unit-specific declaration applies to the units it lists; a level-wide one to every unit of its level. */
    static boolean appliesTo(Applicability a, Unit unit) {
        return a.isOverride() ? a.units().contains(unit.code()) : a.level() == unit.level();
    }

    private Optional<RegisteredProcedure> conflictWith(RegisteredProcedure candidate, long bundleId,
                                                       List<RegisteredProcedure> sameBundle) {
        List<RegisteredProcedure> others = new ArrayList<>(sameBundle);
        byBundle.forEach((id, list) -> {
            if (id != bundleId) {
                others.addAll(list);
            }
        });
        Applicability a = candidate.definition().applicability();
        return others.stream()
                .filter(o -> o.code().equals(candidate.code()))
                .filter(o -> overlaps(a, o.definition().applicability()))
                .findFirst();
    }

    /** Two declarations clash when both are level-wide for one level, or both list a common unit. */
    private static boolean overlaps(Applicability a, Applicability b) {
        if (a.isOverride() != b.isOverride()) {
            return false;
        }
        if (!a.isOverride()) {
            return a.level() == b.level();
        }
        return a.units().stream().anyMatch(b.units()::contains);
    }

    private void publish() {
        List<RegisteredProcedure> active = new ArrayList<>();
        byBundle.values().forEach(active::addAll);
        active.sort(Comparator.comparing(RegisteredProcedure::code));
        List<RegisteredProcedure> swapping = new ArrayList<>();
        swappingByBundle.values().forEach(swapping::addAll);
        List<ProcedureDefinition> declared = new ArrayList<>();
        active.forEach(p -> declared.add(p.definition()));
        swapping.forEach(p -> declared.add(p.definition()));
        snapshot = new Snapshot(List.copyOf(active), List.copyOf(swapping), switches.disabled(),
                HookBindings.bind(declared, hookRegistrations));
    }
}
