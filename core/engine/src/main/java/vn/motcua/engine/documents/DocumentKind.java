package vn.motcua.engine.documents;

import java.util.Arrays;
import java.util.Optional;

/** The slips of one dossier; {@link #wireName()} is the {@code {kind}} of {@code /dossiers/{code}/documents/{kind}}. */
public enum DocumentKind {
    /** Giấy tiếp nhận hồ sơ và hẹn trả kết quả: once the dossier is received. */
    RECEIPT("receipt", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
    /** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: once a supplement was requested. */
    SUPPLEMENT_REQUEST("supplement-request", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"),
    /** Phiếu từ chối tiếp nhận giải quyết hồ sơ: once refused. */
    REFUSAL("refusal", "Phiếu từ chối tiếp nhận giải quyết hồ sơ"),
    /** Phiếu xin lỗi và hẹn lại ngày trả kết quả: once the apology was issued. */
    APOLOGY("apology", "Phiếu xin lỗi và hẹn lại ngày trả kết quả"),
    /** Phiếu kiểm soát quá trình giải quyết hồ sơ: once received; lists every hand-over so far. */
    CONTROL_SHEET("control-sheet", "Phiếu kiểm soát quá trình giải quyết hồ sơ"),
    /** Thông báo dừng giải quyết hồ sơ: once withdrawn. */
    STOP_NOTICE("stop-notice", "Thông báo dừng giải quyết hồ sơ");

    private final String wireName;
    private final String title;

    DocumentKind(String wireName, String title) {
        this.wireName = wireName;
        this.title = title;
    }

    /** Lower-case, hyphenated: {@code control-sheet}. */
    public String wireName() {
        return wireName;
    }

    /** The Vietnamese title, for links and buttons. */
    public String title() {
        return title;
    }

    /** The kind for a wire name; empty if unknown. */
    public static Optional<DocumentKind> fromWireName(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName.equals(name)).findFirst();
    }
}
