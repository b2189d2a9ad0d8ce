package vn.motcua.engine.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import vn.motcua.storage.DossierRecord;
import vn.motcua.storage.EventRecord;
import vn.motcua.storage.OutboxRecord;
import vn.motcua.storage.StoreTransaction;

/**
 * Pushes every status change of a dossier to the National Public Service Portal (Cổng Dịch vụ công quốc gia, DVCQG),
 * which provincial one-stop systems must keep in sync (Decree 61/2018/NĐ-CP as amended, Art. 14; decision 1132): one
 * outbox message of channel {@value #CHANNEL} per dossier event, written in the event's transaction. The message id is
 * derived from (dossier, event sequence), so it is also the idempotency key per (dossier, event): a retried or
 * re-delivered push is recognisable by the portal. Off unless {@code motcua.dvcqg.enabled=true}.
 *
 * <p>The field names are the portal's as publicly known (MaHoSo, MaTTHC, NgayTiepNhan, NgayHenTra, TrangThaiHoSo, …);
 * docs/channels-dvcqg.md lists them and says they must be checked against the official specification.
 */
final class NationalPortalSync {

    static final String CHANNEL = "DVCQG";
    static final String TEMPLATE = "dvcqg-status";
    /** The portal's date format, in Vietnam time. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(StoredDossierEngine.VIETNAM);

    private final Json json;
    private final boolean enabled;

    NationalPortalSync(Json json, boolean enabled) {
        this.json = json;
        this.enabled = enabled;
    }

    /** The message id, and idempotency key, of the push of event {@code seq} of {@code dossierCode}. */
    static String key(String dossierCode, int seq) {
        return UUID.nameUUIDFromBytes(("dvcqg:" + dossierCode + ":" + seq).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Writes the push of {@code event}, which left the dossier as {@code after}; nothing when sync is off. */
    void afterEvent(StoreTransaction tx, DossierRecord after, EventRecord event, String procedureName, String agencyCode,
                    Instant now) {
        if (!enabled) {
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("MaHoSo", after.code());
        m.put("MaTTHC", after.procedureCode());
        m.put("TenTTHC", procedureName);
        m.put("MaCoQuan", agencyCode);
        m.put("MaDonVi", after.unitCode());
        m.put("KenhThucHien", channel(after.channel()));
        m.put("HinhThucTraKetQua", channel(after.resultChannel()));
        m.put("ChuHoSo", after.applicantName());
        m.put("NgayNopHoSo", date(after.submittedAt()));
        m.put("NgayTiepNhan", date(after.receivedAt()));
        m.put("NgayHenTra", date(after.newAppointmentAt() != null ? after.newAppointmentAt() : after.appointmentAt()));
        m.put("NgayKetThucXuLy", date(after.finishedAt()));
        // Reception is its own code (2) although the dossier is then already in processing.
        m.put("TrangThaiHoSo", "accept".equals(event.action()) ? 2 : status(after.status()));
        m.put("TrangThaiNoiBo", after.status());
        m.put("SuKien", event.action());
        m.put("ThoiDiemSuKien", date(event.at()));
        m.put("SoThuTuSuKien", event.seq());
        tx.outbox().insert(OutboxRecord.pending(key(after.code(), event.seq()), after.code(), CHANNEL, "DVCQG", TEMPLATE,
                null, json.write(m), now));
    }

    /** The portal's channel codes as publicly known: 1 at the counter, 2 online, 3 by post. */
    static int channel(String channel) {
        return switch (channel == null ? "" : channel) {
            case "ONLINE" -> 2;
            case "POSTAL" -> 3;
            default -> 1;
        };
    }

    /**
     * The portal's status codes as publicly known (to be checked, docs/channels-dvcqg.md): 1 newly registered, 2 received,
     * 3 not received, 4 in processing, 5 supplement requested, 7 withdrawn at the applicant's request, 9 processed,
     * 10 result returned.
     */
    static int status(String status) {
        return switch (status) {
            case "SUBMITTED" -> 1;
            case "REFUSED" -> 3;
            case "PROCESSING" -> 4;
            case "AWAITING_SUPPLEMENT", "SUPPLEMENT_REQUESTED" -> 5;
            case "WITHDRAWN" -> 7;
            case "DECIDED", "RESULT_READY" -> 9;
            case "RETURNED" -> 10;
            default -> 4;
        };
    }

    private static String date(Instant at) {
        return at == null ? null : DATE.format(at);
    }
}
