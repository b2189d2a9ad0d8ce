package vn.motcua.engine.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.motcua.api.hook.FieldError;
import vn.motcua.api.procedure.Channel;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.Role;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.descriptor.FormValidation;
import vn.motcua.descriptor.ValidatedForm;
import vn.motcua.engine.ActionCommand;
import vn.motcua.engine.ActionNotAllowedException;
import vn.motcua.engine.ActionResult;
import vn.motcua.engine.ActorNotPermittedException;
import vn.motcua.engine.Actor;
import vn.motcua.engine.ActorRole;
import vn.motcua.engine.AttachmentFile;
import vn.motcua.engine.CitizenView;
import vn.motcua.engine.ConcurrentChangeException;
import vn.motcua.engine.DeadlineReport;
import vn.motcua.engine.DossierAction;
import vn.motcua.engine.DossierEngine;
import vn.motcua.engine.DossierNotFoundException;
import vn.motcua.engine.DossierStatus;
import vn.motcua.engine.DossierSummary;
import vn.motcua.engine.DossierView;
import vn.motcua.engine.DueAlert;
import vn.motcua.engine.HistoryVerification;
import vn.motcua.engine.InvalidSubmissionException;
import vn.motcua.engine.ProcedureUnavailableException;
import vn.motcua.engine.QueueFilter;
import vn.motcua.engine.SubmitCommand;
import vn.motcua.engine.SubmitResult;
import vn.motcua.engine.StaffPrincipal;
import vn.motcua.storage.AlertCandidate;
import vn.motcua.storage.AttachmentRecord;
import vn.motcua.storage.DossierRecord;
import vn.motcua.storage.DossierStore;
import vn.motcua.storage.DuplicateKeyException;
import vn.motcua.storage.EventRecord;
import vn.motcua.storage.QueueQuery;
import vn.motcua.storage.StoreTransaction;

/**
 * {@link DossierEngine} over a {@link DossierStore}. Plain Java, thread-safe: all state is in the database; the only
 * in-memory state is the cache of immutable procedure versions.
 *
 * <p>Every change runs in one transaction that reads the dossier, checks state, actor and version, updates the row
 * with {@code WHERE version = ?} and appends a hash-chained event whose sequence is a primary key: of two concurrent
 * actions exactly one commits, the other gets {@link ConcurrentChangeException}.
 */
public final class StoredDossierEngine implements UncheckedDossiers {

    /** Dossier codes and "today" of forms use the day in Vietnam. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private final DossierStore store;
    private final OfferedProcedures procedures;
    private final AgencyCodes agencies;
    private final FormHooks hooks;
    private final Clock clock;
    private final FormValidation validation = new FormValidation();
    private final Json json = new Json();
    private final ProcedureVersions versions = new ProcedureVersions(json);
    private final EventChain chain = new EventChain();
    private final Lifecycle lifecycle = new Lifecycle();
    private final Deadlines deadlines;
    private final ActionEffects effects;
    private final ApologyAppointments apologies;
    private final TimeLimitExtensions extensions;
    private final Views views;
    private final SeparationOfDuties duties;
    private final Notifications notifications = new Notifications(json);
    private final PostalOrders postal = new PostalOrders(json);
    private final NationalPortalSync portalSync;
    private final PaymentRules payments;

    /** With segregation of duties on (the default). */
    public StoredDossierEngine(DossierStore store, WorkingCalendar calendar, OfferedProcedures procedures,
                               AgencyCodes agencies, FormHooks hooks, Clock clock) {
        this(store, calendar, procedures, agencies, hooks, clock, true);
    }

    /**
     * @param separateReceiveAndApprove whether the account that accepted a dossier is refused its approval
     *                                  ({@code motcua.duties.separateReceiveAndApprove}, decision 1602)
     */
    public StoredDossierEngine(DossierStore store, WorkingCalendar calendar, OfferedProcedures procedures,
                               AgencyCodes agencies, FormHooks hooks, Clock clock, boolean separateReceiveAndApprove) {
        this(store, calendar, procedures, agencies, hooks, clock, separateReceiveAndApprove, PaymentRules.OFF, false);
    }

    /** @param payments when an online dossier waits for payment before the officer may accept it (decision 1130) */
    public StoredDossierEngine(DossierStore store, WorkingCalendar calendar, OfferedProcedures procedures,
                               AgencyCodes agencies, FormHooks hooks, Clock clock, boolean separateReceiveAndApprove,
                               PaymentRules payments) {
        this(store, calendar, procedures, agencies, hooks, clock, separateReceiveAndApprove, payments, false);
    }

    /** With national portal sync switched on or off ({@code motcua.dvcqg.enabled}, decision 1132); payments off. */
    public StoredDossierEngine(DossierStore store, WorkingCalendar calendar, OfferedProcedures procedures,
                               AgencyCodes agencies, FormHooks hooks, Clock clock, boolean separateReceiveAndApprove,
                               boolean syncNationalPortal) {
        this(store, calendar, procedures, agencies, hooks, clock, separateReceiveAndApprove, PaymentRules.OFF, syncNationalPortal);
    }

    /**
     * @param separateReceiveAndApprove whether the account that accepted a dossier is refused its approval
     *                                  ({@code motcua.duties.separateReceiveAndApprove}, decision 1602)
     * @param payments                  when an online dossier waits for payment before the officer may accept it (decision 1130)
     * @param syncNationalPortal        whether every dossier event is pushed to the national portal through the outbox
     *                                  ({@code motcua.dvcqg.enabled}, decision 1132)
     */
    public StoredDossierEngine(DossierStore store, WorkingCalendar calendar, OfferedProcedures procedures,
                               AgencyCodes agencies, FormHooks hooks, Clock clock, boolean separateReceiveAndApprove,
                               PaymentRules payments, boolean syncNationalPortal) {
        this.portalSync = new NationalPortalSync(json, syncNationalPortal);
        this.payments = Objects.requireNonNull(payments, "payments");
        this.duties = new SeparationOfDuties(separateReceiveAndApprove);
        this.store = Objects.requireNonNull(store, "store");
        this.procedures = Objects.requireNonNull(procedures, "procedures");
        this.agencies = Objects.requireNonNull(agencies, "agencies");
        this.hooks = Objects.requireNonNull(hooks, "hooks");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.deadlines = new Deadlines(Objects.requireNonNull(calendar, "calendar"));
        this.extensions = new TimeLimitExtensions(deadlines, json);
        this.effects = new ActionEffects(deadlines, extensions);
        this.apologies = new ApologyAppointments(deadlines);
        this.views = new Views(json, deadlines);
    }

    private Instant now() {
        // Millisecond precision survives every database's timestamp type, so event hashes recompute exactly.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    // ---------------------------------------------------------------- submit

    @Override
    public void check(SubmitCommand command) {
        Objects.requireNonNull(command, "command");
        ProcedureDefinition def = procedures.resolve(command.procedureCode(), command.unitCode()).definition();
        validate(checkSubmitter(command, def), def, now());
    }

    /** Every check of a submission, the same for {@link #check} and {@link #submit}; stores nothing. */
    private ValidatedForm validate(SubmitCommand c, ProcedureDefinition def, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        ValidatedForm form = validation.validate(def.form(), Uploads.withFileItems(c.formData(), c.uploads()),
                LocalDate.ofInstant(now, VIETNAM), hooks.forProcedure(def.code()));
        errors.addAll(form.errors());
        errors.addAll(Uploads.check(def, c.uploads(), false));
        errors.addAll(Submissions.applicantErrors(c.applicant()));
        errors.addAll(Submissions.postalErrors(c));
        errors.addAll(Submissions.notifyErrors(c));
        if (!def.disclosure().resultChannels().contains(c.resultChannel())) {
            errors.add(new FieldError("resultChannel", "choice", "Thủ tục không trả kết quả qua kênh đã chọn; các kênh được hỗ trợ: "
                    + def.disclosure().resultChannels() + "."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        return form;
    }

    @Override
    public SubmitResult submit(SubmitCommand command) {
        Objects.requireNonNull(command, "command");
        Instant now = now();
        OfferedProcedures.Offered offered = procedures.resolve(command.procedureCode(), command.unitCode());
        ProcedureDefinition def = offered.definition();
        SubmitCommand c = checkSubmitter(command, def);
        ValidatedForm form = validate(c, def, now);

        String key = c.idempotencyKey() == null ? null : "submit:" + c.idempotencyKey();
        String requestHash = key == null ? null : Hashing.sha256(json.write(Submissions.fingerprint(c)));
        if (key != null) {
            Optional<SubmitResult> replay = replaySubmit(key, requestHash);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        versions.ensureStored(store, offered, now);
        List<AttachmentRecord> files = Uploads.write(store.files(), def, c.uploads(), now);
        try {
            return store.inTransaction(tx -> insertSubmission(tx, c, offered, form, files, now, key, requestHash));
        } catch (DuplicateKeyException e) {
            Uploads.delete(store.files(), files);
            if (key != null) {
                return replaySubmit(key, requestHash).orElseThrow(() -> e);
            }
            throw e;
        } catch (RuntimeException e) {
            Uploads.delete(store.files(), files);
            throw e;
        }
    }

    /** The command with its staff actor resolved to the one-stop officer of the receiving unit, or a refusal. */
    private static SubmitCommand checkSubmitter(SubmitCommand c, ProcedureDefinition def) {
        if (!def.disclosure().channels().contains(c.channel())) {
            throw new ProcedureUnavailableException(def.code(), c.unitCode(), ProcedureUnavailableException.Reason.CHANNEL_NOT_OFFERED);
        }
        if (c.actor().role() == ActorRole.SYSTEM) {
            throw new ActorNotPermittedException("the platform does not submit dossiers");
        }
        if (c.channel() == Channel.ONLINE || Submissions.isPickupRequest(c)) {
            // A pickup request (decision 1133) is the applicant's too: received only when the paper is at the counter.
            if (c.receiveNow()) {
                throw new ActorNotPermittedException("an online submission or pickup request waits for the one-stop officer's check");
            }
            return c;
        }
        // Counter and postal dossiers are entered by a one-stop officer of the receiving unit (domain.md §2, §6).
        Actor actor = c.actor();
        StaffPrincipal.Duty officer = StaffPrincipal.Duty.ONE_STOP_OFFICER;
        if (actor.role() == ActorRole.STAFF && actor.principal().holds(officer, c.unitCode())) {
            Actor resolved = new Actor(actor.accountId(), ActorRole.ONE_STOP_OFFICER, actor.principal().unitsWith(officer), actor.principal());
            return new SubmitCommand(c.procedureCode(), c.unitCode(), c.channel(), c.resultChannel(), c.applicant(), c.formData(),
                    c.uploads(), resolved, c.receiveNow(), c.idempotencyKey(), c.notifications());
        }
        if (actor.role() != ActorRole.ONE_STOP_OFFICER || !actor.worksFor(c.unitCode())) {
            throw new ActorNotPermittedException(c.channel() + " dossiers are entered by a one-stop officer of " + c.unitCode());
        }
        return c;
    }

    private SubmitResult insertSubmission(StoreTransaction tx, SubmitCommand c, OfferedProcedures.Offered offered,
                                          ValidatedForm form, List<AttachmentRecord> files, Instant now, String key,
                                          String requestHash) {
        ProcedureDefinition def = offered.definition();
        String agency = agencies.agencyCode(c.unitCode());
        LocalDate day = LocalDate.ofInstant(now, VIETNAM);
        // Circular 04/2025/TT-VPCP: <agency>-<YYMMDD>-<daily sequence>, at least 4 digits (domain.md §4).
        String code = agency + "-" + day.format(YYMMDD) + "-" + String.format("%04d", tx.nextDailySequence(agency, day));

        Map<String, Object> data = Submissions.withFileIds(form.normalisedData(), files);
        DossierRecord.Builder b = new DossierRecord.Builder();
        b.code = code;
        b.unitCode = c.unitCode();
        b.procedureCode = def.code();
        b.procedureVersion = def.version();
        b.descriptorHash = offered.descriptorHash();
        b.applicantName = c.applicant().name().strip();
        b.applicantJson = notifications.applicantJson(c);
        b.phoneHash = SecondFactors.hash(code, c.applicant().phone());
        b.citizenIdHash = SecondFactors.hash(code, c.applicant().citizenId());
        b.formJson = json.write(data);
        b.channel = c.channel().name();
        b.resultChannel = c.resultChannel().name();
        b.status = DossierStatus.SUBMITTED.name();
        b.currentUnit = c.unitCode();
        b.currentRole = Role.ONE_STOP_OFFICER.name();
        b.submittedAt = now;
        b.updatedAt = now;
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("procedure", def.code());
        payload.put("version", def.version());
        payload.put("descriptorHash", offered.descriptorHash());
        payload.put("channel", c.channel().name());
        payload.put("resultChannel", c.resultChannel().name());
        payload.put("attachments", files.stream().map(AttachmentRecord::sha256).toList());
        EventRecord submitted = chain.next(code, 0, null, now, c.actor().accountId(), c.actor().role().name(),
                c.actor().role() == ActorRole.CITIZEN ? null : c.unitCode(), "submit", null, b.status, null, false,
                json.write(payload));
        b.version = 1;
        b.eventCount = 1;
        b.lastEventHash = submitted.hash();
        DossierRecord inserted = b.build();
        tx.insertDossier(inserted);
        tx.appendEvent(submitted);
        portalSync.afterEvent(tx, inserted, submitted, def.name(), agency, now);
        if (Submissions.isPickupRequest(c)) {
            postal.pickup(tx, inserted, def.name(), now); // with the dossier or not at all (decision 1133)
        }
        for (AttachmentRecord a : files) {
            tx.insertAttachment(Uploads.forDossier(a, code));
        }
        long fee = payments.onlineFee(def, c.channel());
        if (fee > 0) {
            // In the submission's transaction: the dossier waits for payment from its first moment (decision 1130).
            tx.payments().insert(payments.firstAttempt(code, fee, now));
        }
        SubmitResult result;
        if (c.receiveNow()) {
            ActionResult accepted = apply(tx, code, ActionCommand.of(DossierAction.ACCEPT, c.actor()), now, List.of());
            DossierRecord d = tx.dossier(code).orElseThrow();
            result = new SubmitResult(code, accepted.to(), now, d.appointmentAt(), accepted.version(), false);
        } else {
            result = new SubmitResult(code, DossierStatus.SUBMITTED, now, null, 1, false);
        }
        if (key != null) {
            tx.saveIdempotency(new vn.motcua.storage.IdempotencyRecord(key, requestHash, json.write(Submissions.toMap(result)), now));
        }
        return result;
    }

    private Optional<SubmitResult> replaySubmit(String key, String requestHash) {
        return store.inTransaction(tx -> tx.idempotency(key)).map(r -> {
            if (!r.requestHash().equals(requestHash)) {
                throw new vn.motcua.engine.IdempotencyKeyReusedException(key);
            }
            return Submissions.submitResult(json.readMap(r.response()));
        });
    }

    // ---------------------------------------------------------------- act

    @Override
    public ActionResult act(String code, ActionCommand c) {
        Objects.requireNonNull(c, "command");
        if (c.actor().role() == ActorRole.SYSTEM) {
            // Only the engine's own automated steps act as the platform (actAsSystem); a caller naming the role
            // would otherwise pass every unit and role check (decision 1310).
            throw new ActorNotPermittedException("the system role is the platform's own; act as a staff member or the applicant");
        }
        return perform(code, c);
    }

    @Override
    public ActionResult actAsSystem(String code, ActionCommand c) {
        if (c.actor().role() != ActorRole.SYSTEM) {
            throw new IllegalArgumentException("actAsSystem is for the system actor, not " + c.actor().role());
        }
        return perform(code, c);
    }

    private ActionResult perform(String code, ActionCommand c) {
        Objects.requireNonNull(code, "code");
        Instant now = now();
        String key = c.idempotencyKey() == null ? null : "act:" + code + ":" + c.idempotencyKey();
        String requestHash = key == null ? null : Hashing.sha256(json.write(Submissions.fingerprint(c)));
        if (key != null) {
            Optional<ActionResult> replay = replayAction(key, requestHash);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        List<AttachmentRecord> files = new ArrayList<>();
        try {
            return store.inTransaction(tx -> {
                ActionResult result = apply(tx, code, c, now, files);
                if (key != null) {
                    tx.saveIdempotency(new vn.motcua.storage.IdempotencyRecord(key, requestHash, json.write(Submissions.toMap(result)), now));
                }
                return result;
            });
        } catch (DuplicateKeyException e) {
            Uploads.delete(store.files(), files);
            if (key != null) {
                Optional<ActionResult> replay = replayAction(key, requestHash);
                if (replay.isPresent()) {
                    return replay.get();
                }
            }
            throw new ConcurrentChangeException(code, "dossier " + code + " was changed by another action at the same time");
        } catch (RuntimeException e) {
            Uploads.delete(store.files(), files);
            throw e;
        }
    }

    private Optional<ActionResult> replayAction(String key, String requestHash) {
        return store.inTransaction(tx -> tx.idempotency(key)).map(r -> {
            if (!r.requestHash().equals(requestHash)) {
                throw new vn.motcua.engine.IdempotencyKeyReusedException(key);
            }
            return Submissions.actionResult(json.readMap(r.response()));
        });
    }

    /** One action inside the caller's transaction; {@code written} collects files to delete if it rolls back. */
    private ActionResult apply(StoreTransaction tx, String code, ActionCommand command, Instant now, List<AttachmentRecord> written) {
        ActionCommand c = command;
        DossierRecord d = tx.dossier(code).orElseThrow(() -> new DossierNotFoundException(code));
        if (c.actor().role() == ActorRole.CITIZEN
                && !SecondFactors.matches(d.code(), c.secondFactor(), d.phoneHash(), d.citizenIdHash())) {
            // Before any state or version check, and the very answer of an unknown code: a wrong second factor
            // must not tell that the code exists, nor in what state it is (issue 13).
            throw new DossierNotFoundException(code);
        }
        boolean staff = c.actor().role() != ActorRole.CITIZEN && c.actor().role() != ActorRole.SYSTEM;
        if (staff) {
            // Also before any state or version check: to a member of another unit the dossier does not exist.
            StaffAccess.requireSees(c.actor(), d, () -> tx.events(code));
        }
        if (c.expectedVersion() != null && c.expectedVersion() != d.version()) {
            throw new ConcurrentChangeException(code, "dossier " + code + " is at version " + d.version()
                    + ", the action was decided on version " + c.expectedVersion());
        }
        ProcedureDefinition def = versions.definition(tx, d.descriptorHash());
        DossierStatus from = DossierStatus.valueOf(d.status());
        Set<DossierAction> allowed = lifecycle.allowed(d, def);
        if (!allowed.contains(c.action())) {
            String rule = c.action() == DossierAction.ISSUE_APOLOGY && d.newAppointmentAt() != null ? Lifecycle.APOLOGY_ONCE_RULE : null;
            throw new ActionNotAllowedException(code, c.action(), from, allowed, rule);
        }
        if (c.action() == DossierAction.ACCEPT && awaitingPayment(tx, d, def)) {
            // The engine enforces it, not only the page: no API client accepts an unpaid fully-online dossier.
            throw new ActionNotAllowedException(code, c.action(), from, without(allowed, DossierAction.ACCEPT),
                    PaymentRules.PAYMENT_RULE);
        }
        if (staff) {
            c = StaffAccess.resolve(d, c); // the role the action needs at the unit that must act, or a refusal
        } else {
            lifecycle.checkPermitted(d, c);
        }
        if (duties.concerns(c)) {
            duties.check(c, tx.events(code));
        }
        if (c.action() == DossierAction.EXTEND && !TimeLimitExtensions.mayBeGranted(tx.events(code))) {
            throw new ActionNotAllowedException(code, c.action(), from, without(allowed, DossierAction.EXTEND),
                    TimeLimitExtensions.EXTENSION_ONCE_RULE);
        }
        if (c.action() == DossierAction.REQUEST_SUPPLEMENT
                && !Lifecycle.supplementMayBeRequested(tx.events(code), actingUnit(d, c))) {
            throw new ActionNotAllowedException(code, c.action(), from, without(allowed, DossierAction.REQUEST_SUPPLEMENT),
                    Lifecycle.SUPPLEMENT_ONCE_RULE);
        }
        List<FieldError> errors = Submissions.actionInputErrors(c, d);
        if (c.action() == DossierAction.ISSUE_APOLOGY && c.newAppointment() != null) {
            errors.addAll(apologies.errors(d, def, c.newAppointment(), now));
        }
        if (c.action() == DossierAction.EXTEND) {
            errors.addAll(extensions.errors(d, def, c.newAppointment()));
        }
        boolean result = ResultFiles.ACTIONS.contains(c.action());
        errors.addAll(result ? ResultFiles.check(c.uploads()) : Uploads.check(def, c.uploads(), true));
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        if (!c.uploads().isEmpty()) {
            if (result) {
                written.addAll(ResultFiles.write(store.files(), c.uploads(), now));
            } else if (c.action() == DossierAction.SUPPLEMENT_RECEIVED) {
                written.addAll(Uploads.write(store.files(), def, c.uploads(), now));
            } else {
                throw new InvalidSubmissionException(List.of(new FieldError("uploads", "unexpected",
                        "Chỉ gửi tệp khi bổ sung hồ sơ, hoặc kết quả điện tử khi phê duyệt, từ chối hay báo có kết quả.")));
            }
        }

        ActionEffects.Effect effect = effects.apply(tx, d, def, c, now);
        DossierRecord.Builder b = effect.dossier();
        if (!c.uploads().isEmpty() && result) {
            // The hash of every result file is in the dossier's history (the event's payload is in its hash chain).
            effect.payload().put("resultFiles", ResultFiles.payload(written));
        } else if (!c.uploads().isEmpty()) {
            effect.payload().put("attachments", written.stream().map(AttachmentRecord::sha256).toList());
        }
        // The messages ride in the event (decision 1103): no outbox row on the engine's path, nothing sent without it.
        notifications.forEvent(c.action(), b.build(), def.name(), c.note())
                .ifPresent(message -> effect.payload().put(Notifications.PAYLOAD_KEY, message));
        EventRecord event = chain.next(code, d.eventCount(), d.lastEventHash(), now, c.actor().accountId(),
                c.actor().role().name(), actingUnit(d, c), c.action().wireName(), d.status(), b.status, c.note(),
                c.internalNote(), json.write(effect.payload()));
        b.version = d.version() + 1;
        b.eventCount = event.seq();
        b.lastEventHash = event.hash();
        b.updatedAt = now;
        DossierRecord updated = b.build();
        if (!tx.updateDossier(updated, d.version())) {
            throw new ConcurrentChangeException(code, "dossier " + code + " was changed by another action at the same time");
        }
        tx.appendEvent(event);
        // In this transaction: the order exists exactly when the change is committed (decision 1100).
        postal.afterAction(tx, c.action(), updated, def.name(), now);
        portalSync.afterEvent(tx, updated, event, def.name(), agencies.agencyCode(updated.unitCode()), now);
        for (AttachmentRecord a : written) {
            tx.insertAttachment(Uploads.forDossier(a, code));
        }
        return new ActionResult(code, c.action(), from, DossierStatus.valueOf(b.status), b.currentStep, b.version,
                event.seq(), effect.timing(), false);
    }

    /** An online dossier of a fully-online procedure with a fee whose payment has not come (decision 1130). */
    private static boolean awaitingPayment(StoreTransaction tx, DossierRecord d, ProcedureDefinition def) {
        return Channel.ONLINE.name().equals(d.channel()) && PaymentRules.mayWait(def)
                && PaymentRules.awaiting(tx.payments().ofDossier(d.code()));
    }

    private static Set<DossierAction> without(Set<DossierAction> actions, DossierAction removed) {
        Set<DossierAction> out = java.util.EnumSet.noneOf(DossierAction.class);
        out.addAll(actions);
        out.remove(removed);
        return out;
    }

    private static String actingUnit(DossierRecord d, ActionCommand c) {
        if (c.actor().role() == ActorRole.CITIZEN) {
            return null;
        }
        if (d.currentUnit() != null && c.actor().worksFor(d.currentUnit())) {
            return d.currentUnit();
        }
        return d.unitCode();
    }

    // ---------------------------------------------------------------- queries

    @Override
    public Optional<CitizenView> lookup(String code, String phoneOrCitizenId) {
        if (code == null) {
            return Optional.empty();
        }
        return store.inTransaction(tx -> {
            Optional<DossierRecord> found = tx.dossier(code);
            // Same work and the same empty answer for an unknown code and a wrong factor.
            DossierRecord d = found.orElse(null);
            boolean match = SecondFactors.matches(code, phoneOrCitizenId, d == null ? null : d.phoneHash(),
                    d == null ? null : d.citizenIdHash());
            if (d == null || !match) {
                return Optional.empty();
            }
            ProcedureDefinition def = versions.definition(tx, d.descriptorHash());
            return Optional.of(views.citizen(d, def, tx.events(code)));
        });
    }

    @Override
    public Optional<DossierView> find(String code, StaffPrincipal who) {
        Objects.requireNonNull(who, "who");
        return read(code, who);
    }

    @Override
    public Optional<DossierView> view(String code) {
        return read(code, null);
    }

    /** The staff view; for a member, empty when it may not see the dossier, and with the actions it may perform. */
    private Optional<DossierView> read(String code, StaffPrincipal who) {
        Objects.requireNonNull(code, "code");
        return store.inTransaction(tx -> tx.dossier(code).flatMap(d -> {
            List<EventRecord> events = tx.events(code);
            if (who != null && !StaffAccess.sees(who, d, events)) {
                return Optional.empty(); // exactly what an unknown code gives
            }
            ProcedureDefinition def = versions.definition(tx, d.descriptorHash());
            Set<DossierAction> allowed = lifecycle.allowed(d, def);
            if (allowed.contains(DossierAction.REQUEST_SUPPLEMENT)
                    && !Lifecycle.supplementMayBeRequested(events, d.currentUnit())) {
                allowed = without(allowed, DossierAction.REQUEST_SUPPLEMENT);
            }
            if (allowed.contains(DossierAction.EXTEND) && !TimeLimitExtensions.mayBeGranted(events)) {
                allowed = without(allowed, DossierAction.EXTEND);
            }
            if (allowed.contains(DossierAction.ACCEPT) && awaitingPayment(tx, d, def)) {
                allowed = without(allowed, DossierAction.ACCEPT);
            }
            Set<DossierAction> permitted = who == null ? Set.of() : StaffAccess.permitted(who, d, allowed);
            return Optional.of(views.staff(d, def, allowed, permitted, events, tx.clockStops(code), tx.attachments(code)));
        }));
    }

    /** The dossier if {@code who} may see it; otherwise the very exception of an unknown code. */
    private DossierRecord seen(StoreTransaction tx, String code, StaffPrincipal who) {
        Objects.requireNonNull(who, "who");
        DossierRecord d = tx.dossier(code).orElseThrow(() -> new DossierNotFoundException(code));
        StaffAccess.requireSees(Actor.of(who), d, () -> tx.events(code));
        return d;
    }

    @Override
    public Optional<Instant> proposeNewAppointment(String code, StaffPrincipal who) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(who, "who");
        Instant now = now();
        return store.inTransaction(tx -> tx.dossier(code).flatMap(d -> {
            if (!StaffAccess.sees(who, d, tx.events(code))) {
                return Optional.empty();
            }
            ProcedureDefinition def = versions.definition(tx, d.descriptorHash());
            if (!lifecycle.allowed(d, def).contains(DossierAction.ISSUE_APOLOGY)) {
                return Optional.empty();
            }
            return Optional.of(apologies.propose(d, def, now));
        }));
    }

    @Override
    public Optional<AttachmentFile> attachment(String code, String attachmentId, StaffPrincipal who) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(who, "who");
        boolean sees = store.inTransaction(tx -> tx.dossier(code).map(d -> StaffAccess.sees(who, d, tx.events(code))).orElse(false));
        return sees ? file(code, attachmentId) : Optional.empty();
    }

    @Override
    public Optional<AttachmentFile> file(String code, String attachmentId) {
        Objects.requireNonNull(code, "code");
        if (attachmentId == null) {
            return Optional.empty();
        }
        // Only an id listed for this dossier opens a file: a valid id of another dossier is "not found" here.
        Optional<AttachmentRecord> found = store.inTransaction(tx -> tx.attachments(code)).stream()
                .filter(a -> a.id().equals(attachmentId)).findFirst();
        return found.map(a -> {
            try (java.io.InputStream in = store.files().open(a.id())) {
                return new AttachmentFile(Views.attachment(a), in.readAllBytes());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("attachment " + a.id() + " of " + code + " is listed but unreadable", e);
            }
        });
    }

    @Override
    public List<DossierSummary> queue(String unitCode, Role role, QueueFilter filter, StaffPrincipal who) {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(who, "who");
        if (!who.holds(StaffPrincipal.Duty.of(role), unitCode)) {
            // Roles hold per unit: no queue of a role held elsewhere (decision 0601).
            throw new vn.motcua.engine.StaffAccessRefusedException(null, null, StaffPrincipal.Duty.of(role), Set.of(unitCode));
        }
        QueueFilter f = filter == null ? QueueFilter.all() : filter;
        Instant now = now();
        QueueQuery q = new QueueQuery(unitCode, role.name(), f.statuses().stream().map(Enum::name).toList(), f.dueBefore(),
                f.limit(), f.offset());
        return store.inTransaction(tx -> tx.queue(q)).stream().map(d -> views.summary(d, now)).toList();
    }

    @Override
    public vn.motcua.engine.WorkList workList(QueueFilter filter, StaffPrincipal who) {
        Objects.requireNonNull(who, "who");
        QueueFilter f = filter == null ? QueueFilter.all() : filter;
        int read = Math.min(1000, f.offset() + f.limit());
        Instant now = now();
        List<List<vn.motcua.engine.WorkItem>> queues = new ArrayList<>();
        boolean capped = false;
        // grants in a fixed order, so that a dossier in two queues is always listed under the same one
        for (StaffPrincipal.Grant g : who.grants().stream().sorted(java.util.Comparator.comparing(StaffPrincipal.Grant::unitCode)
                .thenComparing(StaffPrincipal.Grant::duty)).toList()) {
            Optional<Role> role = g.duty().procedureRole();
            if (role.isEmpty()) {
                continue;
            }
            List<DossierSummary> q = queue(g.unitCode(), role.get(), new QueueFilter(f.statuses(), f.dueBefore(), read, 0), who);
            capped |= q.size() >= read && read >= 1000;
            queues.add(q.stream().map(s -> new vn.motcua.engine.WorkItem(g.unitCode(), role.get(), s)).toList());
        }
        List<vn.motcua.engine.WorkItem> merged = WorkListMerge.merge(queues, w -> w.dossier().stepDueAt(), w -> w.dossier().code(), now);
        int from = Math.min(merged.size(), f.offset());
        return new vn.motcua.engine.WorkList(merged.subList(from, Math.min(merged.size(), from + f.limit())), capped);
    }

    @Override
    public List<DossierSummary> findByApplicantNumber(String number, int limit, StaffPrincipal who) {
        Objects.requireNonNull(who, "who");
        if (SecondFactors.normalise(number).isEmpty() || limit <= 0) {
            return List.of();
        }
        Instant now = now();
        Instant since = now.minus(java.time.Duration.ofDays(366));
        return store.inTransaction(tx -> {
            java.util.TreeSet<String> matches = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
            for (String unit : who.units()) {
                for (vn.motcua.storage.LookupFactors f : tx.lookupFactors(unit, since, 100_000)) {
                    if (SecondFactors.matches(f.code(), number, f.phoneHash(), f.citizenIdHash())) {
                        matches.add(f.code());
                    }
                }
            }
            List<DossierSummary> out = new ArrayList<>();
            for (String code : matches) {
                DossierRecord d = tx.dossier(code).orElse(null);
                if (d != null && StaffAccess.sees(who, d, tx.events(code)) && out.size() < limit) {
                    out.add(views.summary(d, now));
                }
            }
            return out;
        });
    }

    @Override
    public DeadlineReport explainDeadline(String code, StaffPrincipal who) {
        Objects.requireNonNull(code, "code");
        return store.inTransaction(tx -> {
            DossierRecord d = seen(tx, code, who);
            ProcedureDefinition def = versions.definition(tx, d.descriptorHash());
            return views.deadlines(d, def, ActionEffects.calendarStops(tx.clockStops(code)));
        });
    }

    @Override
    public HistoryVerification verifyHistory(String code, StaffPrincipal who) {
        Objects.requireNonNull(code, "code");
        return store.inTransaction(tx -> {
            DossierRecord d = seen(tx, code, who);
            return chain.verify(d, tx.events(code));
        });
    }

    @Override
    public Map<DossierStatus, Long> countByStatus() {
        Map<String, Long> counts = store.inTransaction(StoreTransaction::countByStatus);
        Map<DossierStatus, Long> result = new EnumMap<>(DossierStatus.class);
        for (DossierStatus s : DossierStatus.values()) {
            result.put(s, counts.getOrDefault(s.name(), 0L));
        }
        return result;
    }

    @Override
    public List<DueAlert> claimDueAlerts(int limit) {
        Instant now = now();
        List<AlertCandidate> candidates = store.inTransaction(tx -> tx.alertCandidates(now, Math.max(1, limit)));
        List<DueAlert> claimed = new ArrayList<>();
        // Several claims per transaction: one durable commit per alert would make a pass over 1,000 alerts take seconds.
        // Kept short, because each claimed dossier stays locked until the commit.
        for (int from = 0; from < candidates.size(); from += ALERT_CLAIMS_PER_TRANSACTION) {
            List<AlertCandidate> batch = candidates.subList(from, Math.min(candidates.size(), from + ALERT_CLAIMS_PER_TRANSACTION));
            claimed.addAll(store.inTransaction(tx -> claimAlerts(tx, batch, now)));
        }
        return claimed;
    }

    private static final int ALERT_CLAIMS_PER_TRANSACTION = 100;

    /** Event actions of the scheduler's alerts; internal to staff, never in the citizen's timeline. */
    static final String DUE_SOON_ACTION = "due-soon";
    static final String OVERDUE_ACTION = "overdue";

    private List<DueAlert> claimAlerts(StoreTransaction tx, List<AlertCandidate> batch, Instant now) {
        List<DueAlert> claimed = new ArrayList<>();
        for (AlertCandidate a : batch) {
            Instant due = ActionEffects.earlier(a.stepDueAt(), a.appointmentAt());
            boolean overdue = a.alertLevel() >= 1 || (due != null && !now.isBefore(due));
            Instant next = overdue || due == null ? null : due;
            int level = overdue ? 2 : 1;
            DossierRecord d = tx.dossier(a.dossierCode()).orElse(null);
            if (d == null || !a.nextAlertAt().equals(d.nextAlertAt())) {
                continue; // claimed or changed by someone else since the candidates were read
            }
            // The unit sees the alert in the dossier's history (internal event, status unchanged) and its queue
            // highlights the dossier by the alert level.
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("dueAt", String.valueOf(due));
            payload.put("step", d.currentStep());
            payload.put("stepDueAt", String.valueOf(d.stepDueAt()));
            payload.put("appointment", String.valueOf(a.appointmentAt()));
            String note = (overdue ? "Quá hạn" : "Sắp đến hạn") + (due == null ? "" : ": hạn "
                    + ALERT_TIME.format(due.atZone(VIETNAM)));
            EventRecord event = chain.next(d.code(), d.eventCount(), d.lastEventHash(), now, "system",
                    ActorRole.SYSTEM.name(), d.currentUnit(), overdue ? OVERDUE_ACTION : DUE_SOON_ACTION, d.status(),
                    d.status(), note, true, json.write(payload));
            // Compare-and-set on the alert time and the chain head: of several nodes exactly one wins each alert.
            if (tx.claimAlert(d.code(), a.nextAlertAt(), next, level, event)) {
                claimed.add(new DueAlert(d.code(), overdue ? DueAlert.Kind.OVERDUE : DueAlert.Kind.DUE_SOON,
                        a.currentUnit(), a.currentRole(), due));
            }
        }
        return claimed;
    }

    private static final DateTimeFormatter ALERT_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
}
