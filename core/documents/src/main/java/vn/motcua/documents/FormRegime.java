package vn.motcua.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The one-stop regime whose forms a slip follows. A dossier follows the regime in force when it was received
 * (domain facts §1): the forms are versioned by effective date, not by the date of printing.
 */
public enum FormRegime {
    /**
     * Decree 61/2018/NĐ-CP (amended by Decree 107/2021/NĐ-CP) and the six forms of Circular 01/2018/TT-VPCP, for
     * dossiers received from 21 June 2018 to 30 June 2025.
     */
    DECREE_61_2018(LocalDate.of(2018, 6, 21), "Nghị định số 61/2018/NĐ-CP", "Thông tư số 01/2018/TT-VPCP"),
    /**
     * Decree 118/2025/NĐ-CP and the seven forms of Circular 03/2025/TT-VPCP, for dossiers received from 1 July 2025.
     */
    DECREE_118_2025(LocalDate.of(2025, 7, 1), "Nghị định số 118/2025/NĐ-CP", "Thông tư số 03/2025/TT-VPCP");

    /** The legal time zone of every date on a slip. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final LocalDate effectiveFrom;
    private final String decree;
    private final String circular;

    FormRegime(LocalDate effectiveFrom, String decree, String circular) {
        this.effectiveFrom = effectiveFrom;
        this.decree = decree;
        this.circular = circular;
    }

    /**
     * The regime in force at an instant, judged on the local date in Asia/Ho_Chi_Minh.
     *
     * @throws SlipRenderingException for an instant before 21 June 2018, when neither regime was in force
     */
    public static FormRegime at(Instant receivedAt) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        LocalDate day = receivedAt.atZone(ZONE).toLocalDate();
        if (!day.isBefore(DECREE_118_2025.effectiveFrom)) {
            return DECREE_118_2025;
        }
        if (!day.isBefore(DECREE_61_2018.effectiveFrom)) {
            return DECREE_61_2018;
        }
        throw new SlipRenderingException("no one-stop form regime was in force on " + day
                + ": motcua prints the forms of Circular 01/2018/TT-VPCP (from 2018-06-21) and 03/2025/TT-VPCP");
    }

    /** The first local day on which this regime applies. */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** The decree, as cited on the slips, e.g. "Nghị định số 118/2025/NĐ-CP". */
    public String decree() {
        return decree;
    }

    /**
     * The apology slip's title in this regime, in sentence case: 2018 Mẫu số 04 "Phiếu xin lỗi và hẹn lại ngày trả
     * kết quả", 2025 BM.04 "Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết" (domain.md §3). The PDF prints it in
     * capitals and the portal as it is, so that both name the same document.
     *
     * @since 1.1
     */
    public String apologyTitle() {
        return this == DECREE_61_2018 ? "Phiếu xin lỗi và hẹn lại ngày trả kết quả"
                : "Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết";
    }

    /** The circular that issues the forms, as cited on the slips, e.g. "Thông tư số 03/2025/TT-VPCP". */
    public String circular() {
        return circular;
    }
}
