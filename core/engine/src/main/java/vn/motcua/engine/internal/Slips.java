package vn.motcua.engine.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.function.Function;
import java.util.List;
import java.util.Optional;
import vn.motcua.api.procedure.Channel;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.documents.ApologySlip;
import vn.motcua.documents.ControlSheet;
import vn.motcua.documents.MissingItem;
import vn.motcua.documents.RefusalSlip;
import vn.motcua.documents.StopNotice;
import vn.motcua.documents.SupplementRequest;
import vn.motcua.documents.Timeliness;
import vn.motcua.documents.TrackingBook;
import vn.motcua.documents.TrackingRow;
import vn.motcua.documents.BookEntry;
import vn.motcua.documents.Issuer;
import vn.motcua.documents.Party;
import vn.motcua.documents.ReceiptSlip;
import vn.motcua.documents.ReceivedDocument;
import vn.motcua.documents.Signatory;
import vn.motcua.documents.Slip;
import vn.motcua.engine.DossierView;
import vn.motcua.engine.EventView;
import vn.motcua.engine.citizen.SlipKind;
import vn.motcua.engine.documents.DocumentKind;
import vn.motcua.runtime.units.Unit;

/** Builds the printable slips of a dossier from its staff view: THE mapping of engine data to the slip records. Stateless. */
final class Slips {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Slips() {
    }

    /** The slip, or empty when it does not exist yet (not received; no apology issued). */
    static Optional<Slip> of(SlipKind kind, DossierView d, Optional<Unit> unit, Function<String, String> officerNames,
                             Optional<ProcedureDefinition> definition) {
        return of(switch (kind) {
            case RECEIPT -> DocumentKind.RECEIPT;
            case APOLOGY -> DocumentKind.APOLOGY;
            case SUPPLEMENT_REQUEST -> DocumentKind.SUPPLEMENT_REQUEST;
            case REFUSAL -> DocumentKind.REFUSAL;
            case STOP_NOTICE -> DocumentKind.STOP_NOTICE;
        }, d, code -> unit.filter(u -> u.code().equals(code)).map(Unit::name).orElse(code), officerNames, definition);
    }

    /** Any slip of a dossier for staff, printing account ids where officers' names belong (tests of the layout only). */
    static Optional<Slip> of(DocumentKind kind, DossierView d, Function<String, String> unitNames,
                             Optional<ProcedureDefinition> definition) {
        return of(kind, d, unitNames, Function.identity(), definition);
    }

    /**
     * Any slip of a dossier for staff, or empty when it does not exist (yet).
     *
     * @param unitNames    the name of a unit by code (the code itself when unknown)
     * @param officerNames the name an officer signs with, by account id (slips print names, never login ids)
     */
    static Optional<Slip> of(DocumentKind kind, DossierView d, Function<String, String> unitNames,
                             Function<String, String> officerNames, Optional<ProcedureDefinition> definition) {
        String unitName = unitNames.apply(d.unitCode());
        Issuer issuer = issuer(unitName);
        Party applicant = applicant(d);
        Function<String, String> officers = id -> id == null || "citizen".equals(id) || "system".equals(id) ? ""
                : officerNames.apply(id);
        return switch (kind) {
            case RECEIPT -> receipt(d, issuer, applicant, unitName, definition, officers);
            case APOLOGY -> apology(d, issuer, applicant, officers);
            case SUPPLEMENT_REQUEST -> supplementRequest(d, issuer, applicant, unitName, officers);
            case REFUSAL -> refusal(d, issuer, applicant, officers);
            case CONTROL_SHEET -> controlSheet(d, issuer, applicant, unitNames, officers);
            case STOP_NOTICE -> stopNotice(d, issuer, applicant, officers);
        };
    }

    /** The tracking book of a unit for a period, from the dossiers it received then (in order of receipt). */
    static TrackingBook trackingBook(String unitName, LocalDate from, LocalDate to, List<DossierView> received) {
        List<TrackingRow> rows = received.stream().filter(d -> d.receivedAt() != null && d.appointmentAt() != null)
                .map(d -> new TrackingRow(d.code(), d.applicant().name(), d.procedureName(), d.receivedAt(),
                        effectiveAppointment(d), event(d, "return-result").map(EventView::at),
                        decision(d).map(e -> e.payload().get("dossierTiming")).map(String::valueOf)
                                .filter(t -> !"null".equals(t)).map(Timeliness::valueOf)))
                .toList();
        return new TrackingBook(issuer(unitName), String.format("%02d/%d", 1, from.getYear()), from, to, rows);
    }

    private static Issuer issuer(String unitName) {
        return Issuer.of("UBND THÀNH PHỐ HÀ NỘI", unitName, "Hà Nội");
    }

    private static Party applicant(DossierView d) {
        return Party.of(d.applicant().name(), d.applicant().citizenId(), d.applicant().address(),
                d.applicant().phone(), d.applicant().email());
    }

    private static Optional<Slip> supplementRequest(DossierView d, Issuer issuer, Party applicant, String unitName,
                                                    Function<String, String> officers) {
        return event(d, "request-supplement").map(e -> new SupplementRequest(issuer, Optional.of(d.code()),
                d.submittedAt(), applicant, d.procedureName(), missingItems(e), Optional.of("Bộ phận Một cửa – " + unitName),
                officers.apply(e.actor())));
    }

    /** The guidance is written one item a line, "what: why" or just "what" (the reason is then the procedure's rules). */
    private static List<MissingItem> missingItems(EventView e) {
        String note = e.note() == null || e.internal() ? "" : e.note();
        List<MissingItem> items = note.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> {
            int colon = l.indexOf(':');
            return colon > 0 && colon < l.length() - 1
                    ? new MissingItem(l.substring(0, colon).strip(), l.substring(colon + 1).strip())
                    : new MissingItem(l, "Theo thành phần hồ sơ quy định của thủ tục");
        }).toList();
        return items.isEmpty() ? List.of(new MissingItem("Hồ sơ chưa đầy đủ", "Theo thành phần hồ sơ quy định của thủ tục")) : items;
    }

    private static Optional<Slip> refusal(DossierView d, Issuer issuer, Party applicant, Function<String, String> officers) {
        return event(d, "refuse").map(e -> new RefusalSlip(issuer, Optional.of(d.code()), d.submittedAt(), applicant,
                d.procedureName(), e.note() == null || e.internal() ? "Hồ sơ không thuộc thẩm quyền hoặc không đủ điều kiện." : e.note(),
                officers.apply(e.actor())));
    }

    private static Optional<Slip> stopNotice(DossierView d, Issuer issuer, Party applicant, Function<String, String> officers) {
        return event(d, "withdraw").map(e -> new StopNotice(issuer, d.code(),
                d.receivedAt() != null ? d.receivedAt() : d.submittedAt(), applicant, d.procedureName(), e.at(),
                Optional.ofNullable(e.internal() ? null : e.note()).filter(n -> !n.isBlank()), e.at(),
                new Signatory("THỦ TRƯỞNG CƠ QUAN", officers.apply(e.actor()))));
    }

    /**
     * One row per hand-over: reception to the first step, every step's forward, send-back or decision (classed
     * against that step's deadline), the result to the one-stop section and its return to the applicant.
     */
    private static Optional<Slip> controlSheet(DossierView d, Issuer issuer, Party applicant, Function<String, String> unitNames,
                                               Function<String, String> officers) {
        if (d.receivedAt() == null || d.appointmentAt() == null) {
            return Optional.empty();
        }
        String counter = "Bộ phận Một cửa – " + unitNames.apply(d.unitCode());
        // The scheduler's due-soon/overdue alerts hand nothing over: left out, so they are never taken for a receiver.
        List<EventView> events = d.events().stream().filter(e -> e.role() != vn.motcua.engine.ActorRole.SYSTEM).toList();
        List<vn.motcua.documents.Handover> rows = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            EventView e = events.get(i);
            String receiver = officers.apply(receiver(events, i));
            String sender = officers.apply(e.actor());
            switch (e.action()) {
                case "accept" -> rows.add(new vn.motcua.documents.Handover(counter, sender,
                        nextUnit(events, i, d, unitNames, counter), receiver, e.at(), Optional.empty(), Optional.empty(),
                        Optional.of("Tiếp nhận, chuyển xử lý")));
                case "forward", "send-back", "approve", "reject" -> {
                    Object timing = e.payload().get("timing");
                    boolean decided = "approve".equals(e.action()) || "reject".equals(e.action());
                    rows.add(new vn.motcua.documents.Handover(
                            unitNames.apply(String.valueOf(e.payload().getOrDefault("stepUnit", e.unitCode()))), sender,
                            decided ? counter : nextUnit(events, i, d, unitNames, counter), receiver, e.at(),
                            Optional.ofNullable(instant(e.payload().get("stepDueAt"))),
                            timing == null || "null".equals(timing) ? Optional.empty()
                                    : Optional.of(Timeliness.valueOf(String.valueOf(timing))),
                            Optional.of(switch (e.action()) {
                                case "forward" -> "Chuyển bước tiếp theo";
                                case "send-back" -> "Trả lại bước trước";
                                case "approve" -> "Phê duyệt";
                                default -> "Từ chối giải quyết";
                            })));
                }
                case "return-result" -> rows.add(new vn.motcua.documents.Handover(counter, sender, "Người nộp hồ sơ",
                        d.applicant().name(), e.at(), Optional.of(effectiveAppointment(d)),
                        decision(d).map(x -> x.payload().get("dossierTiming")).map(String::valueOf)
                                .filter(t -> !"null".equals(t)).map(Timeliness::valueOf),
                        Optional.of("Trả kết quả")));
                default -> {
                    // supplements, apology and the like are not hand-overs; the history shows them
                }
            }
        }
        return Optional.of(new ControlSheet(issuer, d.code(), d.receivedAt(), applicant, d.procedureName(),
                effectiveAppointment(d), rows));
    }

    /**
     * Who received the hand-over of event {@code i}: the officer who next moved the dossier on (or asked for a
     * supplement on it). An apology, a supplement received at the counter or a withdrawal in between is done by
     * someone else and receives nothing (issue 13: the leader who apologised was printed as the receiver).
     */
    private static String receiver(List<EventView> events, int i) {
        for (int j = i + 1; j < events.size(); j++) {
            EventView e = events.get(j);
            if (e.role() == vn.motcua.engine.ActorRole.CITIZEN) {
                continue;
            }
            if (RECEIVING_ACTIONS.contains(e.action())) {
                return e.actor();
            }
        }
        return null;
    }

    /** Actions by which an officer shows they hold the dossier handed to them. */
    private static final java.util.Set<String> RECEIVING_ACTIONS = java.util.Set.of("forward", "send-back", "approve",
            "reject", "request-supplement", "result-ready", "return-result");

    /** The unit of the step that follows event {@code i}: the next hand-over's step unit, or where the dossier is now. */
    private static String nextUnit(List<EventView> events, int i, DossierView d, Function<String, String> unitNames, String counter) {
        for (int j = i + 1; j < events.size(); j++) {
            Object unit = events.get(j).payload().get("stepUnit");
            if (unit != null) {
                return unitNames.apply(String.valueOf(unit));
            }
        }
        return d.currentStep() != null && d.currentUnit() != null ? unitNames.apply(d.currentUnit()) : counter;
    }

    private static Optional<EventView> decision(DossierView d) {
        return d.events().stream().filter(e -> "approve".equals(e.action()) || "reject".equals(e.action()))
                .filter(e -> e.payload().containsKey("dossierTiming")).reduce((a, b) -> b);
    }

    private static Instant effectiveAppointment(DossierView d) {
        return d.newAppointmentAt() != null ? d.newAppointmentAt() : d.appointmentAt();
    }

    private static Instant instant(Object value) {
        if (value == null || "null".equals(value)) {
            return null;
        }
        try {
            return Instant.parse(String.valueOf(value));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static Optional<Slip> receipt(DossierView d, Issuer issuer, Party applicant, String unitName,
                                          Optional<ProcedureDefinition> definition, Function<String, String> officers) {
        if (d.receivedAt() == null || d.appointmentAt() == null) {
            return Optional.empty();
        }
        List<ReceivedDocument> documents = definition.map(p -> p.disclosure().documents().stream()
                        .filter(doc -> doc.required())
                        .map(doc -> new ReceivedDocument(doc.name(), doc.originals(), doc.copies())).toList())
                .orElse(List.of());
        String limit = definition.map(p -> timeLimit(p.disclosure().timeLimit())).orElse("Theo quy định của thủ tục");
        String receiver = event(d, "accept").map(EventView::actor).map(officers).filter(n -> !n.isBlank())
                .orElse("Bộ phận Một cửa");
        int year = d.receivedAt().atZone(VIETNAM).getYear();
        return Optional.of(new ReceiptSlip(issuer, d.code(), d.receivedAt(), applicant, Optional.empty(), d.procedureName(),
                documents, 1, limit, d.appointmentAt(), resultPlace(d.resultChannel(), unitName, d.applicant().address()),
                new BookEntry("01/" + year, sequence(d.code())), receiver));
    }

    private static Optional<Slip> apology(DossierView d, Issuer issuer, Party applicant, Function<String, String> officers) {
        Optional<EventView> apology = event(d, "issue-apology");
        if (apology.isEmpty() || d.receivedAt() == null || d.appointmentAt() == null || d.newAppointmentAt() == null
                || !d.newAppointmentAt().isAfter(d.appointmentAt())) {
            return Optional.empty();
        }
        EventView e = apology.get();
        return Optional.of(new ApologySlip(issuer, d.code(), d.receivedAt(), applicant, d.procedureName(),
                e.note() == null || e.internal() ? "Hồ sơ cần thêm thời gian giải quyết." : e.note(),
                d.appointmentAt(), d.newAppointmentAt(), e.at(), new Signatory("THỦ TRƯỞNG CƠ QUAN", officers.apply(e.actor()))));
    }

    private static Optional<EventView> event(DossierView d, String action) {
        return d.events().stream().filter(e -> action.equals(e.action())).reduce((a, b) -> b);
    }

    /** "05 ngày làm việc" as the slips print it. */
    static String timeLimit(TimeLimit t) {
        return switch (t.unit()) {
            case WORKING_DAYS -> String.format("%02d ngày làm việc", t.amount());
            case WORKING_HOURS -> String.format("%02d giờ làm việc", t.amount());
            case SAME_DAY -> t.amount() == 0 ? "Trong ngày làm việc (sau 15 giờ: ngày làm việc tiếp theo)"
                    : String.format("Trong ngày và %02d ngày làm việc tiếp theo", t.amount());
        };
    }

    /** Where the result is collected; a postal return names the address, and promises none that is absent. */
    static String resultPlace(Channel channel, String unitName, String address) {
        return switch (channel) {
            case COUNTER -> "Bộ phận Một cửa – " + unitName;
            case POSTAL -> address == null || address.isBlank()
                    ? "Qua dịch vụ bưu chính công ích; chưa có địa chỉ nhận: người nộp hồ sơ liên hệ Bộ phận Một cửa – "
                            + unitName + " để bổ sung địa chỉ"
                    : "Qua dịch vụ bưu chính công ích, đến địa chỉ: " + address.strip();
            case ONLINE -> "Trực tuyến, trên Cổng dịch vụ công";
        };
    }

    /** The daily sequence at the end of the code ({@code …-261129-0042} → 42), the tracking-book number. */
    private static int sequence(String code) {
        int dash = code.lastIndexOf('-');
        try {
            return Math.max(1, Integer.parseInt(code.substring(dash + 1)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
