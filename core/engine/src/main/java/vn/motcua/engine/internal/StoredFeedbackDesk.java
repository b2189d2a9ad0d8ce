package vn.motcua.engine.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import vn.motcua.api.hook.FieldError;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.calendar.DeadlineRequest;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.descriptor.VietnameseText;
import vn.motcua.engine.DossierSummary.Urgency;
import vn.motcua.engine.InvalidSubmissionException;
import vn.motcua.engine.feedback.FeedbackDesk;
import vn.motcua.engine.feedback.FeedbackItem;
import vn.motcua.engine.feedback.FeedbackOfficer;
import vn.motcua.engine.feedback.FeedbackRefusedException;
import vn.motcua.engine.feedback.FeedbackRefusedException.Reason;
import vn.motcua.engine.feedback.FeedbackStep;
import vn.motcua.engine.feedback.PublishedAnswer;
import vn.motcua.storage.FeedbackCase;
import vn.motcua.storage.FeedbackDeskStore;
import vn.motcua.storage.FeedbackEventRecord;
import vn.motcua.storage.FeedbackRecord;

/**
 * {@link FeedbackDesk} over its store. The response deadline is counted by the one working calendar, in working
 * days of configuration, from receipt, in the calendar of the unit that first receives the feedback; a forward keeps
 * it (decision 1030). Plain Java: the OSGi wiring is {@link FeedbackDeskComponent}. Thread-safe.
 */
public final class StoredFeedbackDesk implements FeedbackDesk {

    static final int INBOX_LIMIT = 500;
    private static final int MAX_TEXT = 5000;

    private final FeedbackDeskStore store;
    private final WorkingCalendar calendar;
    private final Predicate<String> unitExists;
    private final int responseWorkingDays;
    private final Clock clock;
    private final FeedbackNotices notices = new FeedbackNotices();

    public StoredFeedbackDesk(FeedbackDeskStore store, WorkingCalendar calendar, Predicate<String> unitExists,
                              int responseWorkingDays, Clock clock) {
        if (responseWorkingDays < 1) {
            throw new IllegalArgumentException("responseWorkingDays must be at least 1, was " + responseWorkingDays);
        }
        this.store = store;
        this.calendar = calendar;
        this.unitExists = unitExists;
        this.responseWorkingDays = responseWorkingDays;
        this.clock = clock;
    }

    /** Stores new feedback with its response deadline; for the citizen desk. */
    void receive(FeedbackRecord f) {
        receive(f, null);
    }

    /** Stores new feedback with where the sender asked to be told of the answer (JSON, or null). */
    void receive(FeedbackRecord f, String notifyTo) {
        store.receive(f, dueAt(f.unitCode(), f.submittedAt()),
                new FeedbackEventRecord("RECEIVED", "citizen", f.unitCode(), null, null, f.submittedAt()), notifyTo);
    }

    /** The stored feedback, whoever asks; for the citizen desk, which checks the sender's phone. */
    Optional<FeedbackCase> caseOf(String reference) {
        return store.find(reference);
    }

    /** The deadline of feedback received at {@code at} by {@code unit}. */
    Instant dueAt(String unit, Instant at) {
        return calendar.deadline(DeadlineRequest.of(unit, at, TimeLimit.workingDays(responseWorkingDays))).due();
    }

    /** Answers on behalf of an API caller who already checked the unit (the JSON API's answer). */
    Optional<FeedbackCase> answerChecked(String reference, String answer, String answeredBy) {
        Optional<FeedbackCase> c = store.find(reference);
        Instant at = clock.instant();
        if (c.isEmpty() || !store.answer(reference, text(answer, "answer", "Vui lòng nhập nội dung trả lời."), false,
                new FeedbackEventRecord("ANSWERED", answeredBy, c.get().feedback().unitCode(), null, null, at),
                to -> notices.answered(c.get().feedback(), to, at))) {
            return Optional.empty();
        }
        return store.find(reference);
    }

    /** The sender's rating of the answer, once; the caller checked the sender's phone. */
    boolean rate(FeedbackCase c, int rating) {
        return store.rate(c.feedback().reference(), rating, new FeedbackEventRecord("RATED", "citizen",
                c.feedback().unitCode(), null, Integer.toString(rating), clock.instant()));
    }

    @Override
    public List<FeedbackItem> inbox(FeedbackOfficer who, boolean openOnly) {
        // A city administrator's inbox is the whole city's (null: every unit).
        return store.inbox(who.cityAdmin() ? null : who.units(), openOnly, INBOX_LIMIT).stream().map(c -> item(c, List.of())).toList();
    }

    @Override
    public Optional<FeedbackItem> find(FeedbackOfficer who, String reference) {
        return visible(who, reference).map(c -> item(c, history(c)));
    }

    @Override
    public FeedbackItem assign(FeedbackOfficer who, String reference, String officerLogin) {
        FeedbackCase c = open(who, reference);
        String unit = c.feedback().unitCode();
        String officer = officerLogin == null || officerLogin.isBlank() ? null : officerLogin.strip();
        if (officer == null) {
            throw invalid("officer", "required", "Chọn cán bộ xử lý.");
        }
        if (!officer.equals(who.login()) && !who.leads(unit)) {
            throw new FeedbackRefusedException(reference, Reason.NOT_LEADER);
        }
        changed(reference, store.assign(reference, unit, officer,
                new FeedbackEventRecord("ASSIGNED", who.login(), unit, null, officer, clock.instant())));
        return reread(who, reference);
    }

    @Override
    public FeedbackItem forward(FeedbackOfficer who, String reference, String toUnit, String reason) {
        FeedbackCase c = open(who, reference);
        String from = c.feedback().unitCode();
        List<FieldError> errors = new ArrayList<>();
        String to = toUnit == null ? "" : toUnit.strip().toUpperCase(Locale.ROOT);
        if (to.isEmpty() || !unitExists.test(to)) {
            errors.add(new FieldError("toUnit", "not_found", "Chọn đơn vị có thẩm quyền để chuyển đến."));
        } else if (to.equals(from)) {
            errors.add(new FieldError("toUnit", "same_unit", "Phản ánh đang ở đơn vị này; chọn đơn vị khác."));
        }
        String why = reason == null || reason.isBlank() ? null : VietnameseText.nfc(reason.strip());
        if (why == null) {
            errors.add(new FieldError("reason", "required", "Nêu lý do chuyển (đơn vị nào có thẩm quyền và vì sao)."));
        } else if (why.length() > 2000) {
            errors.add(new FieldError("reason", "max_length", "Lý do chuyển tối đa 2.000 ký tự."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        changed(reference, store.forward(reference, new FeedbackEventRecord("FORWARDED", who.login(), from, to, why, clock.instant())));
        // After a forward the officer may no longer see it: answer with what was done rather than an empty page.
        return store.find(reference).map(x -> item(x, history(x))).orElseThrow();
    }

    @Override
    public FeedbackItem answer(FeedbackOfficer who, String reference, String answer, boolean publish) {
        FeedbackCase c = open(who, reference);
        String unit = c.feedback().unitCode();
        String text = text(answer, "answer", "Vui lòng nhập nội dung trả lời.");
        if (publish && !who.leads(unit)) {
            throw new FeedbackRefusedException(reference, Reason.NOT_LEADER);
        }
        Instant at = clock.instant();
        changed(reference, store.answer(reference, text, publish,
                new FeedbackEventRecord("ANSWERED", who.login(), unit, null, publish ? "công khai" : null, at),
                to -> notices.answered(c.feedback(), to, at)));
        return reread(who, reference);
    }

    @Override
    public FeedbackItem publish(FeedbackOfficer who, String reference, boolean published) {
        FeedbackCase c = visible(who, reference).orElseThrow(() -> new FeedbackRefusedException(reference, Reason.NOT_FOUND));
        if (c.feedback().status().equals("OPEN")) {
            throw new FeedbackRefusedException(reference, Reason.NOT_ANSWERED);
        }
        String unit = c.feedback().unitCode();
        if (!who.leads(unit)) {
            throw new FeedbackRefusedException(reference, Reason.NOT_LEADER);
        }
        changed(reference, store.publish(reference, published,
                new FeedbackEventRecord(published ? "PUBLISHED" : "UNPUBLISHED", who.login(), unit, null, null, clock.instant())));
        return reread(who, reference);
    }

    @Override
    public List<PublishedAnswer> published(String procedureCode, int limit) {
        return store.published(procedureCode, Math.max(1, Math.min(limit, 100))).stream()
                .map(c -> new PublishedAnswer(c.feedback().reference(), c.feedback().unitCode(), c.feedback().content(),
                        c.feedback().answer(), c.feedback().answeredAt()))
                .toList();
    }

    private Optional<FeedbackCase> visible(FeedbackOfficer who, String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        return store.find(reference.strip().toUpperCase(Locale.ROOT)).filter(c -> who.handles(c.feedback().unitCode()));
    }

    private FeedbackCase open(FeedbackOfficer who, String reference) {
        FeedbackCase c = visible(who, reference).orElseThrow(() -> new FeedbackRefusedException(reference, Reason.NOT_FOUND));
        if (!c.feedback().status().equals("OPEN")) {
            throw new FeedbackRefusedException(reference, Reason.NOT_OPEN);
        }
        return c;
    }

    private FeedbackItem reread(FeedbackOfficer who, String reference) {
        return find(who, reference).orElseThrow(() -> new FeedbackRefusedException(reference, Reason.CHANGED));
    }

    private static void changed(String reference, boolean done) {
        if (!done) {
            throw new FeedbackRefusedException(reference, Reason.CHANGED);
        }
    }

    private static String text(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "required", message);
        }
        if (value.length() > MAX_TEXT) {
            throw invalid(field, "max_length", "Nội dung tối đa 5.000 ký tự.");
        }
        return VietnameseText.nfc(value.strip());
    }

    private static InvalidSubmissionException invalid(String field, String code, String message) {
        return new InvalidSubmissionException(List.of(new FieldError(field, code, message)));
    }

    private List<FeedbackStep> history(FeedbackCase c) {
        return store.events(c.feedback().reference()).stream()
                .map(e -> new FeedbackStep(e.action(), e.actor(), e.unitCode(), e.toUnit(), e.note(), e.at())).toList();
    }

    private FeedbackItem item(FeedbackCase c, List<FeedbackStep> history) {
        FeedbackRecord f = c.feedback();
        boolean open = "OPEN".equals(f.status());
        Urgency urgency = Urgency.NORMAL;
        Instant now = clock.instant();
        if (open && c.dueAt() != null) {
            if (now.isAfter(c.dueAt())) {
                urgency = Urgency.OVERDUE;
            } else if (!now.isBefore(calendar.dueSoonFrom(f.unitCode(), c.dueAt()))) {
                urgency = Urgency.DUE_SOON;
            }
        }
        Boolean late = open || c.dueAt() == null || f.answeredAt() == null ? null : f.answeredAt().isAfter(c.dueAt());
        return new FeedbackItem(f.reference(), f.subjectKind(), f.unitCode(), f.procedureCode(), f.dossierCode(),
                f.senderName(), f.content(), f.status(), f.submittedAt(), c.dueAt(), urgency, c.assignedTo(), f.answer(),
                f.answeredBy(), f.answeredAt(), late, c.answerRating(), c.published(), history);
    }
}
