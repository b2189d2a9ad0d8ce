package vn.motcua.engine.citizen;

import java.util.Arrays;
import java.util.Optional;

/** Slips an applicant may download; {@link #wireName()} is the {@code {kind}} of {@code /dossiers/{code}/documents/{kind}}. */
public enum SlipKind {
    /** Giấy tiếp nhận hồ sơ và hẹn trả kết quả (2025: BM.01). */
    RECEIPT("receipt"),
    /** Phiếu xin lỗi và hẹn lại ngày trả kết quả (2025: BM.04). */
    APOLOGY("apology"),
    /** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (2025: BM.02): what the applicant must complete. */
    SUPPLEMENT_REQUEST("supplement-request"),
    /** Phiếu từ chối tiếp nhận giải quyết hồ sơ (2025: BM.03): why the dossier was not received. */
    REFUSAL("refusal"),
    /** Thông báo dừng giải quyết hồ sơ: the dossier was stopped at the applicant's request. */
    STOP_NOTICE("stop-notice");

    private final String wireName;

    SlipKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /**
     * The slip's title as the citizen sees it, the same the PDF prints: it depends on the regime in force when the
     * dossier was received (2018 forms before 1 July 2025, 2025 forms after).
     *
     * @param receivedAt when the dossier was received
     * @since 1.1
     */
    public String title(java.time.Instant receivedAt) {
        return switch (this) {
            case RECEIPT -> "Giấy tiếp nhận hồ sơ và hẹn trả kết quả";
            case APOLOGY -> vn.motcua.documents.FormRegime.at(receivedAt).apologyTitle();
            case SUPPLEMENT_REQUEST -> "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ";
            case REFUSAL -> "Phiếu từ chối tiếp nhận giải quyết hồ sơ";
            case STOP_NOTICE -> "Thông báo dừng giải quyết hồ sơ";
        };
    }

    public static Optional<SlipKind> fromWireName(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName.equals(name)).findFirst();
    }
}
