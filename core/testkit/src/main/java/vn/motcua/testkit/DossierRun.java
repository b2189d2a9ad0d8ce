package vn.motcua.testkit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.motcua.api.hook.AutomatedStep;
import vn.motcua.api.hook.FormData;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.Role;
import vn.motcua.api.procedure.Step;
import vn.motcua.api.procedure.StepAction;
import vn.motcua.api.procedure.TimeLimitExtension;
import vn.motcua.api.procedure.Transition;
import vn.motcua.calendar.Timeliness;
import vn.motcua.descriptor.HookBindings;

/**
 * One accepted dossier walked through a procedure's steps in a test, with the actor of each action: an action is
 * allowed only to the step's role and only if the step lists it; {@code forward}, {@code send_back} (and an
 * {@code approve} with {@code next}) move to the step they name; {@code approve} and {@code reject} without
 * {@code next} end processing; {@code request_supplement} keeps the dossier at its step. A step with a bound
 * automated hook is performed by the system as soon as the dossier arrives, and an answer the step does not allow,
 * or none, leaves it to the officer, as on the platform. Create with {@link ProcedureTestKit#startDossier}.
 *
 * <p>Time runs on the platform's working calendar from {@link ProcedureTestKit#receivedAt}: the dossier gets its
 * {@link #appointment()} on receipt, each step its {@link #stepDue()} on arrival; {@link #at} moves the clock, every
 * hand-over is classed against the step's budget ({@link #handovers()}) and the end against the appointment
 * ({@link #assertFinishedOnTime()}). A leader's {@code extend} grants the procedure's legal extension
 * ({@code disclosure.timeLimitExtension}) once, as the platform's "extend" action does.
 *
 * <pre>{@code
 * kit.startDossier(CODE, request())
 *    .act(Role.ONE_STOP_OFFICER, "forward")
 *    .act(Role.SPECIALIST, "forward")
 *    .act(Role.LEADER, "approve")
 *    .assertFinishedWith("approve");
 * }</pre>
 * Not thread-safe.
 */
public final class DossierRun {
    /** Automated steps may follow one another; the platform stops after this many in a row, so does the kit. */
    private static final int MAX_AUTOMATED_CHAIN = 10;

    private final ProcedureDefinition procedure;
    private final FormData data;
    private final HookBindings hooks;
    private final List<String> history = new ArrayList<>();
    private final List<String> handovers = new ArrayList<>();
    private final KitCalendar calendar;
    private final String receivingUnit;
    private Instant now;
    private Instant appointment;
    private Instant stepDue;
    private boolean extended;
    private Instant finishedAt;
    private Step current;
    private String outcome;

    DossierRun(ProcedureDefinition procedure, FormData data, HookBindings hooks, KitCalendar calendar, String receivingUnit) {
        this.procedure = procedure;
        this.data = data;
        this.hooks = hooks;
        this.calendar = calendar;
        this.receivingUnit = receivingUnit;
        if (procedure.steps().isEmpty()) {
            throw new AssertionError("procedure " + procedure.code() + " has no steps");
        }
        this.now = calendar.now();
        // The statutory clock starts at receipt of the complete dossier (the platform's ACCEPT).
        this.appointment = calendar.due(receivingUnit, now, procedure.disclosure().timeLimit());
        enter(procedure.steps().get(0));
        runAutomated();
    }

    /** Moves the run's clock to {@code at} (Hà Nội time); the next actions happen then. Time only moves forward. */
    public DossierRun at(LocalDateTime at) {
        Instant next = KitCalendar.instant(at);
        if (next.isBefore(now)) {
            throw new AssertionError("the run is already at " + KitCalendar.local(now) + "; time does not go back to " + at);
        }
        now = next;
        return this;
    }

    /** The appointment (Hà Nội time) as the receipt, or the extension, sets it. */
    public LocalDateTime appointment() {
        return KitCalendar.local(appointment);
    }

    /** When the current step's budget runs out (Hà Nội time); empty when processing ended. */
    public Optional<LocalDateTime> stepDue() {
        return current == null ? Optional.empty() : Optional.of(KitCalendar.local(stepDue));
    }

    /** Each hand-over and decision classed against the step's budget: {@code tham-dinh: ON_TIME}. */
    public List<String> handovers() {
        return List.copyOf(handovers);
    }

    /**
     * Grants the procedure's legal extension (gia hạn) as a leader with a reason: the appointment moves by the declared
     * working days on the working calendar. Once per dossier, only while processing, only if the descriptor declares
     * {@code disclosure.timeLimitExtension}, as on the platform.
     */
    public DossierRun extend(String reason) {
        TimeLimitExtension extension = procedure.disclosure().timeLimitExtension();
        if (extension == null) {
            throw new AssertionError("procedure " + procedure.code() + " declares no disclosure.timeLimitExtension;"
                    + " on the platform extend is not allowed (409)");
        }
        if (current == null || extended) {
            throw new AssertionError(extended ? "the time limit was already extended; the platform allows it once (409)"
                    : "the dossier is finished (" + outcome + "); no extension is possible");
        }
        if (reason == null || reason.isBlank()) {
            throw new AssertionError("extend needs a reason (note); the platform answers 422 without one");
        }
        Instant before = appointment;
        appointment = calendar.due(receivingUnit, appointment, extension.asTimeLimit());
        extended = true;
        history.add(current.id() + ": leader extend " + extension.workingDays() + " working days ("
                + KitCalendar.local(before) + " -> " + KitCalendar.local(appointment) + "): " + reason);
        return this;
    }

    /** Fails unless processing ended no later than the appointment (the extended one after {@link #extend}). */
    public DossierRun assertFinishedOnTime() {
        if (current != null) {
            throw new AssertionError("processing has not ended; the dossier is at step '" + current.id() + "'");
        }
        Timeliness t = calendar.classify(receivingUnit, finishedAt, appointment);
        if (t == Timeliness.LATE) {
            throw new AssertionError("finished " + KitCalendar.local(finishedAt) + ", after the appointment "
                    + KitCalendar.local(appointment) + "; history: " + history);
        }
        return this;
    }

    /**
     * Takes an action as an officer of {@code role}.
     *
     * @param action as in the descriptor: {@code forward}, {@code send_back}, {@code approve}, {@code reject},
     *               {@code request_supplement}
     * @throws AssertionError when the dossier is finished, the role is not the step's or the step does not allow it
     */
    public DossierRun act(Role role, String action) {
        if (current == null) {
            throw new AssertionError("the dossier is finished (" + outcome + "); no " + action + " is possible");
        }
        if ("extend".equals(action.strip().toLowerCase(Locale.ROOT))) {
            if (role != Role.LEADER) {
                throw new AssertionError("extend is granted by a leader, not " + name(role) + "; on the platform 403");
            }
            return extend("(gia hạn)");
        }
        if (role != current.role()) {
            throw new AssertionError("step '" + current.id() + "' is done by " + name(current.role()) + ", not " + name(role)
                    + "; on the platform " + name(role) + " would get 403");
        }
        Transition t = transition(action).orElseThrow(() -> new AssertionError("step '" + current.id() + "' does not allow "
                + action + "; it allows " + current.actions().stream().map(x -> name(x.action())).toList()));
        take(name(role), t);
        runAutomated();
        return this;
    }

    /** The step the dossier is at, or empty when processing ended. */
    public Optional<String> currentStep() {
        return Optional.ofNullable(current).map(Step::id);
    }

    /** What happened, one line per action: {@code tiep-nhan: one_stop_officer forward -> tham-dinh}. */
    public List<String> history() {
        return List.copyOf(history);
    }

    /** Fails unless the dossier stands at {@code stepId}. */
    public DossierRun assertAt(String stepId) {
        if (current == null || !current.id().equals(stepId)) {
            throw new AssertionError("expected the dossier at step '" + stepId + "', but it is "
                    + (current == null ? "finished (" + outcome + ")" : "at '" + current.id() + "'") + "; history: " + history);
        }
        return this;
    }

    /** Fails unless processing ended with {@code action} ({@code approve} or {@code reject}). */
    public DossierRun assertFinishedWith(String action) {
        if (current != null || !action.equals(outcome)) {
            throw new AssertionError("expected processing to end with " + action + ", but it "
                    + (current == null ? "ended with " + outcome : "is at step '" + current.id() + "'") + "; history: " + history);
        }
        return this;
    }

    private void enter(Step step) {
        current = step;
        stepDue = calendar.due(step.unit() == null ? receivingUnit : step.unit(), now, step.budget());
    }

    private void take(String actor, Transition t) {
        String from = current.id();
        if (t.action() == StepAction.REQUEST_SUPPLEMENT) {
            history.add(from + ": " + actor + " request_supplement (clock stops; back at this step when supplemented)");
            return;
        }
        handovers.add(from + ": " + calendar.classify(current.unit() == null ? receivingUnit : current.unit(), now, stepDue));
        if (t.next() == null) {
            outcome = name(t.action());
            current = null;
            finishedAt = now;
            history.add(from + ": " + actor + " " + outcome + " (processing ends)");
            return;
        }
        enter(procedure.step(t.next()).orElseThrow(() -> new AssertionError("next step " + t.next() + " is not declared")));
        history.add(from + ": " + actor + " " + name(t.action()) + " -> " + current.id());
    }

    private void runAutomated() {
        for (int i = 0; i < MAX_AUTOMATED_CHAIN && current != null; i++) {
            Optional<AutomatedStep> hook = hooks.automatedStep(procedure.code(), current.id());
            if (hook.isEmpty()) {
                return;
            }
            Optional<Transition> t = hook.get().perform(data).flatMap(this::transition);
            if (t.isEmpty()) {
                history.add(current.id() + ": system left the step to the officer");
                return;
            }
            take("system", t.get());
        }
    }

    private Optional<Transition> transition(String action) {
        String wanted = action.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        return current.actions().stream().filter(t -> name(t.action()).equals(wanted)).findFirst();
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
