package vn.motcua.engine.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import vn.motcua.api.hook.FieldError;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.descriptor.VietnameseText;
import vn.motcua.documents.SlipRenderer;
import vn.motcua.engine.ActionCommand;
import vn.motcua.engine.ActionResult;
import vn.motcua.engine.Actor;
import vn.motcua.engine.CitizenView;
import vn.motcua.engine.DossierAction;
import vn.motcua.engine.DossierStatus;
import vn.motcua.engine.DossierView;
import vn.motcua.engine.InvalidSubmissionException;
import vn.motcua.engine.Upload;
import vn.motcua.engine.citizen.CitizenDesk;
import vn.motcua.engine.citizen.Evaluation;
import vn.motcua.engine.citizen.EvaluationRefusedException;
import vn.motcua.engine.citizen.FeedbackCommand;
import vn.motcua.engine.citizen.FeedbackView;
import vn.motcua.engine.citizen.Grant;
import vn.motcua.engine.citizen.GrantRequiredException;
import vn.motcua.engine.citizen.Ratings;
import vn.motcua.engine.citizen.SlipKind;
import vn.motcua.engine.feedback.FeedbackRefusedException;
import vn.motcua.runtime.units.Unit;
import vn.motcua.storage.CitizenAccessStore;
import vn.motcua.storage.CitizenStore;
import vn.motcua.storage.DuplicateKeyException;
import vn.motcua.storage.EvaluationRecord;
import vn.motcua.storage.FeedbackCase;
import vn.motcua.storage.FeedbackRecord;

/**
 * {@link CitizenDesk} over the engine and the citizen store. Plain Java: the OSGi wiring is
 * {@link CitizenDeskComponent}. Thread-safe.
 */
public final class StoredCitizenDesk implements CitizenDesk {

    /** What the desk needs to know about units and procedures. */
    public interface Catalogue {
        Optional<Unit> unit(String code);

        /** The definition of a procedure code, preferring {@code version} when it is still registered. */
        Optional<ProcedureDefinition> procedure(String code, String version);

        /** The name an officer signs slips with, by account id; empty when unknown. */
        String officerName(String accountId);
    }

    private static final Pattern PHONE = Pattern.compile("0[35789][0-9]{8}");
    private static final String REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UncheckedDossiers engine;
    private final CitizenStore store;
    private final Catalogue catalogue;
    private final Supplier<SlipRenderer> renderer;
    private final Clock clock;
    private final LookupGrants grants;
    private final LookupGrants counterLinks;
    private final ObjectMapper json = new ObjectMapper();
    private final SecureRandom random = new SecureRandom();
    private final StoredFeedbackDesk feedbackDesk;

    /**
     * @param access where lookup grants and counter links live: the database, so every node honours them (decision 1410)
     */
    public StoredCitizenDesk(UncheckedDossiers engine, CitizenStore store, CitizenAccessStore access, StoredFeedbackDesk feedbackDesk,
                             Catalogue catalogue, Supplier<SlipRenderer> renderer, Clock clock) {
        this.engine = engine;
        this.feedbackDesk = feedbackDesk;
        this.store = store;
        this.catalogue = catalogue;
        this.renderer = renderer;
        this.clock = clock;
        this.grants = new LookupGrants(access, "LOOKUP", clock);
        this.counterLinks = new LookupGrants(access, "COUNTER", clock, java.time.Duration.ofMinutes(COUNTER_LINK_MINUTES));
    }

    @Override
    public Optional<Grant> open(String dossierCode, String phoneOrCitizenId) {
        // Throttled by the caller through SecondFactorAttempts, keyed by client and dossier: a counter per code alone
        // let a stranger lock the applicant out (issue 16).
        if (dossierCode == null || phoneOrCitizenId == null) {
            return Optional.empty();
        }
        String factor = phoneOrCitizenId.strip();
        return engine.lookup(dossierCode, factor).map(v -> grants.open(v.code(), factor));
    }

    @Override
    public void close(String token) {
        grants.close(token);
    }

    @Override
    public Optional<CitizenView> view(String token, String dossierCode) {
        return grants.find(token, dossierCode).flatMap(h -> engine.lookup(dossierCode, h.factor()));
    }

    private LookupGrants.Held held(String token, String dossierCode) {
        return grants.find(token, dossierCode).orElseThrow(() -> new GrantRequiredException(dossierCode));
    }

    @Override
    public ActionResult answerSupplement(String token, String dossierCode, String note, List<Upload> uploads) {
        LookupGrants.Held h = held(token, dossierCode);
        ActionCommand cmd = ActionCommand.of(DossierAction.SUPPLEMENT_RECEIVED, Actor.citizen())
                .withSecondFactor(h.factor()).withUploads(uploads);
        if (note != null && !note.isBlank()) {
            cmd = cmd.withNote(VietnameseText.nfc(note.strip()));
        }
        return engine.act(dossierCode, cmd);
    }

    @Override
    public Optional<byte[]> slip(String token, String dossierCode, SlipKind kind) {
        held(token, dossierCode);
        return slipOf(dossierCode, kind);
    }

    @Override
    public Optional<vn.motcua.engine.AttachmentFile> result(String token, String dossierCode) {
        held(token, dossierCode);
        return engine.view(dossierCode)
                .filter(d -> d.status() == DossierStatus.RESULT_READY || d.status() == DossierStatus.RETURNED)
                .flatMap(d -> d.attachments().stream().filter(a -> vn.motcua.engine.AttachmentFile.RESULT_FIELD.equals(a.field()))
                        .reduce((first, second) -> second))
                .flatMap(a -> engine.file(dossierCode, a.id()));
    }

    @Override
    public Optional<byte[]> slipForStaff(String dossierCode, SlipKind kind, vn.motcua.engine.StaffPrincipal who) {
        java.util.Objects.requireNonNull(who, "who");
        return engine.find(dossierCode, who).isPresent() ? slipOf(dossierCode, kind) : Optional.empty();
    }

    private Optional<byte[]> slipOf(String dossierCode, SlipKind kind) {
        SlipRenderer r = renderer.get();
        if (r == null) {
            return Optional.empty();
        }
        Optional<DossierView> d = engine.view(dossierCode);
        return d.flatMap(v -> Slips.of(kind, v, catalogue.unit(v.unitCode()), catalogue::officerName,
                catalogue.procedure(v.procedureCode(), v.procedureVersion()))).map(r::render);
    }

    @Override
    public Evaluation evaluate(String token, String dossierCode, Ratings ratings) {
        LookupGrants.Held h = held(token, dossierCode);
        List<FieldError> errors = ratingErrors(ratings);
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        CitizenView v = engine.lookup(dossierCode, h.factor()).orElseThrow(() -> new GrantRequiredException(dossierCode));
        if (v.status() != DossierStatus.RETURNED) {
            throw new EvaluationRefusedException(dossierCode, EvaluationRefusedException.Reason.NOT_RETURNED);
        }
        return record(engine.view(dossierCode).orElseThrow(), ratings);
    }

    @Override
    public Grant openCounterRating(String dossierCode, vn.motcua.engine.StaffPrincipal who) {
        DossierView d = engine.find(dossierCode, who).orElseThrow(() -> new vn.motcua.engine.DossierNotFoundException(dossierCode));
        if (!who.holds(vn.motcua.engine.StaffPrincipal.Duty.ONE_STOP_OFFICER, d.unitCode())) {
            throw new vn.motcua.engine.StaffAccessRefusedException(dossierCode, null, vn.motcua.engine.StaffPrincipal.Duty.ONE_STOP_OFFICER,
                    java.util.Set.of(d.unitCode()));
        }
        if (d.status() != DossierStatus.RETURNED) {
            throw new EvaluationRefusedException(dossierCode, EvaluationRefusedException.Reason.NOT_RETURNED);
        }
        if (store.evaluation(dossierCode).isPresent()) {
            throw new EvaluationRefusedException(dossierCode, EvaluationRefusedException.Reason.ALREADY_EVALUATED);
        }
        return counterLinks.open(dossierCode, null);
    }

    @Override
    public Optional<String> counterRatingDossier(String token) {
        return counterLinks.find(token).map(h -> h.grant().dossierCode());
    }

    @Override
    public Evaluation evaluateAtCounter(String token, Ratings ratings) {
        LookupGrants.Held h = counterLinks.find(token).orElseThrow(() -> new GrantRequiredException("(counter link)"));
        List<FieldError> errors = ratingErrors(ratings);
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        if (!counterLinks.consume(token)) {
            throw new GrantRequiredException(h.grant().dossierCode()); // used by a concurrent submission
        }
        return record(engine.view(h.grant().dossierCode()).orElseThrow(), ratings);
    }

    /** Stores a valid rating of a returned dossier, once. */
    private Evaluation record(DossierView d, Ratings ratings) {
        String dossierCode = d.code();
        String unit = d.unitCode();
        Instant now = clock.instant();
        String comment = ratings.comment() == null || ratings.comment().isBlank() ? null : VietnameseText.nfc(ratings.comment().strip());
        Ratings stored = new Ratings(ratings.overall(), ratings.onlineService(), ratings.timeliness(), ratings.attitude(),
                ratings.publicity(), ratings.counterContacts(), ratings.agencies(), comment);
        if (!store.insertEvaluation(new EvaluationRecord(dossierCode, unit, d.procedureCode(), stored.overall(),
                answersJson(stored), comment, now))) {
            throw new EvaluationRefusedException(dossierCode, EvaluationRefusedException.Reason.ALREADY_EVALUATED);
        }
        return new Evaluation(dossierCode, stored, now);
    }

    static List<FieldError> ratingErrors(Ratings r) {
        List<FieldError> errors = new ArrayList<>();
        if (r == null) {
            errors.add(new FieldError("overall", "required", "Vui lòng chọn mức độ hài lòng chung."));
            return errors;
        }
        for (Ratings.Criterion c : Ratings.CRITERIA) {
            Integer value = r.answer(c.id());
            if (value == null) {
                if (c.required()) {
                    errors.add(new FieldError(c.id(), "required", "Vui lòng trả lời «" + c.label() + "»."));
                }
            } else if (value < c.min() || value > c.max()) {
                errors.add(new FieldError(c.id(), "range", "«" + c.label() + "» phải từ " + c.min() + " đến " + c.max() + "."));
            }
        }
        if (r.comment() != null && r.comment().length() > 2000) {
            errors.add(new FieldError("comment", "max_length", "Ý kiến khác tối đa 2.000 ký tự."));
        }
        return errors;
    }

    private String answersJson(Ratings r) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Ratings.Criterion c : Ratings.CRITERIA) {
            answers.put(c.id(), r.answer(c.id()));
        }
        try {
            return json.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<Evaluation> evaluation(String token, String dossierCode) {
        held(token, dossierCode);
        return store.evaluation(dossierCode).map(this::evaluation);
    }

    private Evaluation evaluation(EvaluationRecord e) {
        try {
            Map<?, ?> a = json.readValue(e.answersJson(), Map.class);
            Function<String, Integer> n = k -> a.get(k) instanceof Number x ? x.intValue() : null;
            return new Evaluation(e.dossierCode(), new Ratings(n.apply("overall"), n.apply("onlineService"),
                    n.apply("timeliness"), n.apply("attitude"), n.apply("publicity"), n.apply("counterContacts"),
                    n.apply("agencies"), e.comment()), e.evaluatedAt());
        } catch (JsonProcessingException x) {
            throw new IllegalStateException("stored evaluation of " + e.dossierCode() + " is unreadable", x);
        }
    }

    @Override
    public FeedbackView sendFeedback(FeedbackCommand c) {
        List<FieldError> errors = new ArrayList<>();
        String subject = c.subject() == null ? "" : c.subject().strip().toUpperCase(Locale.ROOT);
        if (!List.of("PROCEDURE", "DOSSIER", "UNIT").contains(subject)) {
            errors.add(new FieldError("subject", "invalid", "Chọn nội dung phản ánh về thủ tục, hồ sơ hay đơn vị."));
        }
        if (blank(c.senderName())) {
            errors.add(new FieldError("senderName", "required", "Vui lòng nhập họ và tên."));
        } else if (c.senderName().length() > 200) {
            errors.add(new FieldError("senderName", "max_length", "Họ và tên tối đa 200 ký tự."));
        }
        String phone = SecondFactors.normalise(c.phone());
        if (!PHONE.matcher(phone).matches()) {
            errors.add(new FieldError("phone", "phone", "Số điện thoại di động phải gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09."));
        }
        if (blank(c.content())) {
            errors.add(new FieldError("content", "required", "Vui lòng nhập nội dung phản ánh, kiến nghị."));
        } else if (c.content().length() > 5000) {
            errors.add(new FieldError("content", "max_length", "Nội dung tối đa 5.000 ký tự."));
        }
        if (c.notifications().contains(vn.motcua.engine.SubmitCommand.Notify.EMAIL)
                && (c.email() == null || !FeedbackNotices.EMAIL.matcher(c.email().strip()).matches())) {
            errors.add(new FieldError("email", "email", "Để nhận thư báo khi có trả lời, nhập địa chỉ thư điện tử hợp lệ, ví dụ ten@example.vn."));
        }
        String unitCode = blank(c.unitCode()) ? null : c.unitCode().strip();
        String procedure = blank(c.procedureCode()) ? null : c.procedureCode().strip();
        String dossier = null;
        switch (subject) {
            case "DOSSIER" -> {
                Optional<DossierView> d = blank(c.dossierCode()) ? Optional.empty()
                        : engine.lookup(c.dossierCode().strip(), phone).flatMap(v -> engine.view(v.code()));
                if (d.isEmpty()) {
                    errors.add(new FieldError("dossierCode", "not_found",
                            "Không tìm thấy hồ sơ với mã và số điện thoại đã nhập."));
                } else {
                    dossier = d.get().code();
                    unitCode = d.get().unitCode();
                    procedure = d.get().procedureCode();
                }
            }
            case "PROCEDURE" -> {
                if (procedure == null || catalogue.procedure(procedure, null).isEmpty()) {
                    errors.add(new FieldError("procedureCode", "not_found", "Không có thủ tục với mã đã nhập."));
                }
                if (unitCode == null || catalogue.unit(unitCode).isEmpty()) {
                    errors.add(new FieldError("unitCode", "not_found", "Chọn đơn vị thực hiện thủ tục."));
                }
            }
            case "UNIT" -> {
                procedure = null;
                if (unitCode == null || catalogue.unit(unitCode).isEmpty()) {
                    errors.add(new FieldError("unitCode", "not_found", "Chọn đơn vị được phản ánh."));
                }
            }
            default -> { }
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        Instant now = clock.instant();
        for (int attempt = 0; ; attempt++) {
            String reference = reference(now);
            FeedbackRecord r = new FeedbackRecord(reference, subject, unitCode, procedure, dossier,
                    VietnameseText.nfc(c.senderName().strip()), SecondFactors.hash(reference, phone),
                    VietnameseText.nfc(c.content().strip()), "OPEN", now, null, null, null);
            try {
                feedbackDesk.receive(r, FeedbackNotices.notifyTo(c.notifications(), phone, c.email()));
                return feedbackDesk.caseOf(reference).map(StoredCitizenDesk::view).orElseThrow();
            } catch (DuplicateKeyException taken) {
                if (attempt >= 3) {
                    throw taken;
                }
            }
        }
    }

    private String reference(Instant now) {
        StringBuilder b = new StringBuilder("PA-")
                .append(DateTimeFormatter.ofPattern("yyMMdd").format(now.atZone(ZoneId.of("Asia/Ho_Chi_Minh")))).append('-');
        for (int i = 0; i < 6; i++) {
            b.append(REFERENCE_ALPHABET.charAt(random.nextInt(REFERENCE_ALPHABET.length())));
        }
        return b.toString();
    }

    @Override
    public Optional<FeedbackView> trackFeedback(String reference, String phone) {
        if (reference == null || phone == null) {
            return Optional.empty();
        }
        // Throttled by the caller through SecondFactorAttempts ("feedback:<reference>"), like every second factor.
        String ref = reference.strip().toUpperCase(Locale.ROOT);
        return senders(ref, phone).map(StoredCitizenDesk::view);
    }

    /** The feedback if {@code phone} is its sender's; empty, identically, for an unknown reference and a wrong phone. */
    private Optional<FeedbackCase> senders(String ref, String phone) {
        Optional<FeedbackCase> r = feedbackDesk.caseOf(ref);
        boolean match = SecondFactors.matches(ref, phone, r.map(c -> c.feedback().contactHash()).orElse(null), null);
        return r.filter(x -> match);
    }

    @Override
    public Optional<FeedbackView> rateFeedbackAnswer(String reference, String phone, Integer rating) {
        if (rating == null || rating < 1 || rating > 3) {
            throw new InvalidSubmissionException(List.of(new FieldError("rating", "range",
                    "Chọn mức đánh giá câu trả lời: 1 (không hài lòng), 2 (hài lòng) hoặc 3 (rất hài lòng).")));
        }
        if (reference == null || phone == null) {
            return Optional.empty();
        }
        String ref = reference.strip().toUpperCase(Locale.ROOT);
        Optional<FeedbackCase> c = senders(ref, phone);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        if (c.get().feedback().status().equals("OPEN")) {
            throw new FeedbackRefusedException(ref, FeedbackRefusedException.Reason.NOT_ANSWERED);
        }
        if (!feedbackDesk.rate(c.get(), rating)) {
            throw new FeedbackRefusedException(ref, FeedbackRefusedException.Reason.CHANGED);
        }
        return feedbackDesk.caseOf(ref).map(StoredCitizenDesk::view);
    }

    @Override
    public Optional<FeedbackView> findFeedback(String reference) {
        return reference == null ? Optional.empty() : feedbackDesk.caseOf(reference.strip().toUpperCase(Locale.ROOT)).map(StoredCitizenDesk::view);
    }

    @Override
    public Optional<FeedbackView> answerFeedback(String reference, String answer, String answeredBy) {
        return feedbackDesk.answerChecked(reference, answer, answeredBy).map(StoredCitizenDesk::view);
    }

    private static FeedbackView view(FeedbackCase c) {
        FeedbackRecord r = c.feedback();
        return new FeedbackView(r.reference(), r.subjectKind(), r.unitCode(), r.procedureCode(), r.dossierCode(),
                r.content(), r.status(), r.submittedAt(), r.answer(), r.answeredAt(), c.dueAt(), c.answerRating());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
