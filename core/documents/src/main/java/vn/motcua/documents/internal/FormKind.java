package vn.motcua.documents.internal;

import java.util.Optional;
import vn.motcua.documents.FormRegime;

/**
 * The kinds of slip with their form numbers and titles per regime: the one table to correct when a form changes.
 *
 * <p>2018: the six forms of Circular 01/2018/TT-VPCP (Mẫu số 01–06); it has no form for the stop notice. 2025: the
 * seven forms of Circular 03/2025/TT-VPCP (BM.01–07); the order BM.04 apology, BM.05 stop notice, BM.06 control
 * sheet, BM.07 tracking book follows a secondary source (decision 0501).
 */
enum FormKind {
    RECEIPT("01", "01", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),
    SUPPLEMENT("02", "02", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"),
    REFUSAL("03", "03", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"),
    // Domain facts §3: 2018 Mẫu 04 "hẹn lại ngày trả kết quả"; since 2025 "đề nghị gia hạn thời gian giải quyết".
    APOLOGY("04", "04", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
            "PHIẾU XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT"),
    STOP(null, "05", "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ"),
    CONTROL("05", "06", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"),
    BOOK("06", "07", "SỔ THEO DÕI HỒ SƠ", "SỔ THEO DÕI HỒ SƠ");

    private final String number2018;
    private final String number2025;
    private final String title2018;
    private final String title2025;

    FormKind(String number2018, String number2025, String title2018, String title2025) {
        this.number2018 = number2018;
        this.number2025 = number2025;
        this.title2018 = title2018;
        this.title2025 = title2025;
    }

    /** The title printed on the slip, in capitals. */
    String title(FormRegime regime) {
        if (this == APOLOGY) {
            return regime.apologyTitle().toUpperCase(java.util.Locale.ROOT); // one title for portal and PDF
        }
        return regime == FormRegime.DECREE_61_2018 ? title2018 : title2025;
    }

    /** "Mẫu số 01 – Thông tư số 01/2018/TT-VPCP" or "Mẫu BM.01 – Thông tư số 03/2025/TT-VPCP"; empty if no form. */
    Optional<String> formLabel(FormRegime regime) {
        if (regime == FormRegime.DECREE_61_2018) {
            return Optional.ofNullable(number2018).map(n -> "Mẫu số " + n + " – " + regime.circular());
        }
        return Optional.of("Mẫu BM." + number2025 + " – " + regime.circular());
    }

    /** The one-stop section as each regime names it (Decree 61/2018/NĐ-CP, Decree 118/2025/NĐ-CP). */
    static String counter(FormRegime regime) {
        return regime == FormRegime.DECREE_61_2018 ? "Bộ phận Tiếp nhận và Trả kết quả" : "Bộ phận Một cửa";
    }
}
