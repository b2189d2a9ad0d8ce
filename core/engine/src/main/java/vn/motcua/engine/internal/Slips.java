package vn.motcua.engine.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import vn.motcua.api.procedure.Channel;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.documents.ApologySlip;
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
import vn.motcua.runtime.units.Unit;

/** Builds the printable slips of a dossier from its staff view. Stateless. */
final class Slips {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Slips() {
    }

    /** The slip, or empty when it does not exist yet (not received; no apology issued). */
    static Optional<Slip> of(SlipKind kind, DossierView d, Optional<Unit> unit, Optional<ProcedureDefinition> definition) {
        String unitName = unit.map(Unit::name).orElse(d.unitCode());
        Issuer issuer = Issuer.of("UBND THÀNH PHỐ HÀ NỘI", unitName, "Hà Nội");
        Party applicant = Party.of(d.applicant().name(), d.applicant().citizenId(), d.applicant().address(),
                d.applicant().phone(), d.applicant().email());
        return switch (kind) {
            case RECEIPT -> receipt(d, issuer, applicant, unitName, definition);
            case APOLOGY -> apology(d, issuer, applicant);
        };
    }

    private static Optional<Slip> receipt(DossierView d, Issuer issuer, Party applicant, String unitName,
                                          Optional<ProcedureDefinition> definition) {
        if (d.receivedAt() == null || d.appointmentAt() == null) {
            return Optional.empty();
        }
        List<ReceivedDocument> documents = definition.map(p -> p.disclosure().documents().stream()
                        .filter(doc -> doc.required())
                        .map(doc -> new ReceivedDocument(doc.name(), doc.originals(), doc.copies())).toList())
                .orElse(List.of());
        String limit = definition.map(p -> timeLimit(p.disclosure().timeLimit())).orElse("Theo quy định của thủ tục");
        String receiver = event(d, "accept").map(EventView::actor).orElse("Bộ phận Một cửa");
        int year = d.receivedAt().atZone(VIETNAM).getYear();
        return Optional.of(new ReceiptSlip(issuer, d.code(), d.receivedAt(), applicant, Optional.empty(), d.procedureName(),
                documents, 1, limit, d.appointmentAt(), resultPlace(d.resultChannel(), unitName),
                new BookEntry("01/" + year, sequence(d.code())), receiver));
    }

    private static Optional<Slip> apology(DossierView d, Issuer issuer, Party applicant) {
        Optional<EventView> apology = event(d, "issue-apology");
        if (apology.isEmpty() || d.receivedAt() == null || d.appointmentAt() == null || d.newAppointmentAt() == null
                || !d.newAppointmentAt().isAfter(d.appointmentAt())) {
            return Optional.empty();
        }
        EventView e = apology.get();
        return Optional.of(new ApologySlip(issuer, d.code(), d.receivedAt(), applicant, d.procedureName(),
                e.note() == null || e.internal() ? "Hồ sơ cần thêm thời gian giải quyết." : e.note(),
                d.appointmentAt(), d.newAppointmentAt(), e.at(), new Signatory("THỦ TRƯỞNG CƠ QUAN", e.actor())));
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

    private static String resultPlace(Channel channel, String unitName) {
        return switch (channel) {
            case COUNTER -> "Bộ phận Một cửa – " + unitName;
            case POSTAL -> "Qua dịch vụ bưu chính công ích, đến địa chỉ của người nộp hồ sơ";
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
