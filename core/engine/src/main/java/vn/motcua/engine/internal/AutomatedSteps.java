package vn.motcua.engine.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.api.hook.AutomatedStep;
import vn.motcua.api.hook.FormData;
import vn.motcua.engine.ActionCommand;
import vn.motcua.engine.ActionNotAllowedException;
import vn.motcua.engine.Actor;
import vn.motcua.engine.ActorRole;
import vn.motcua.engine.DossierAction;
import vn.motcua.engine.DossierStatus;
import vn.motcua.engine.DossierView;

/**
 * Runs the {@link AutomatedStep} hooks that procedure bundles register: when a dossier arrives at a step that has
 * one, the hook is asked what to do, and the action it names is taken by the system actor, recorded in the history
 * like any other. A hook that answers nothing, names an action the step does not allow, or throws, leaves the step to
 * its officer: a broken bundle never blocks a dossier. Thread-safe if the hooks are.
 */
public final class AutomatedSteps {

    /** Finds the hook registered for a procedure's step, if any. */
    @FunctionalInterface
    public interface Hooks {
        Optional<AutomatedStep> forStep(String procedureCode, String stepId);
    }

    private static final Logger LOG = LoggerFactory.getLogger(AutomatedSteps.class);
    /** Automated steps may follow one another; a descriptor that loops must not loop the engine. */
    private static final int MAX_CHAIN = 10;

    private final UncheckedDossiers engine;
    private final Hooks hooks;

    public AutomatedSteps(UncheckedDossiers engine, Hooks hooks) {
        this.engine = engine;
        this.hooks = hooks;
    }

    /** After a submission or an action on {@code code}: performs the automated steps the dossier now stands at. */
    public void runFrom(String code) {
        for (int i = 0; i < MAX_CHAIN; i++) {
            Optional<DossierView> view = engine.view(code);
            if (view.isEmpty() || view.get().status() != DossierStatus.PROCESSING || view.get().currentStep() == null) {
                return;
            }
            DossierView d = view.get();
            Optional<AutomatedStep> hook = hooks.forStep(d.procedureCode(), d.currentStep());
            if (hook.isEmpty()) {
                return;
            }
            Optional<DossierAction> action;
            try {
                action = hook.get().perform(new FormData(d.formData())).map(AutomatedSteps::action);
            } catch (RuntimeException e) {
                LOG.error("automated step {} of {} failed for dossier {}; left to the officer: {}", d.currentStep(),
                        d.procedureCode(), code, e.toString());
                return;
            }
            if (action.isEmpty()) {
                return;
            }
            Actor system = new Actor("system", ActorRole.SYSTEM, Set.of(d.currentUnit()));
            try {
                engine.actAsSystem(code, ActionCommand.of(action.get(), system).withExpectedVersion(d.version())
                        .withInternalNote("Bước tự động: " + d.currentStepName()));
            } catch (ActionNotAllowedException e) {
                LOG.error("automated step {} of {} answered {}, which the step does not allow; left to the officer",
                        d.currentStep(), d.procedureCode(), action.get().wireName());
                return;
            }
        }
        LOG.warn("dossier {}: more than {} automated steps in a row; the rest is left to officers", code, MAX_CHAIN);
    }

    private static DossierAction action(String name) {
        String wire = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return DossierAction.fromWireName(wire).orElseThrow(() -> new IllegalArgumentException(
                "automated step answered '" + name + "', which is not an action"));
    }
}
