package vn.motcua.documents.internal;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.documents.ControlSheet;
import vn.motcua.documents.FormRegime;
import vn.motcua.documents.Handover;
import vn.motcua.documents.Timeliness;

/**
 * Phiếu kiểm soát quá trình giải quyết hồ sơ (2018 Mẫu số 05, 2025 BM.06): one row per hand-over with its time,
 * the step's deadline and whether it was early, on time or late (trước hạn / đúng hạn / quá hạn; domain facts §3,
 * decision 0101).
 */
final class ControlSheetLayout {
    private final VietnameseTime time;

    ControlSheetLayout(VietnameseTime time) {
        this.time = time;
    }

    void write(ControlSheet slip, FormRegime regime, SlipDocument doc) {
        FormKind kind = FormKind.CONTROL;
        kind.formLabel(regime).ifPresent(doc::formLabel);
        doc.nationalHeader(slip.issuer());
        doc.title(kind.title(regime));
        doc.subtitle("Mã hồ sơ:", slip.dossierCode());
        doc.field("Kèm theo hồ sơ của", slip.applicant().name());
        doc.field("Nội dung yêu cầu giải quyết", slip.procedureName());
        doc.field("Thời gian nhận hồ sơ", time.dateTime(slip.receivedAt()));
        doc.field("Thời gian hẹn trả kết quả", time.dateTime(slip.appointment()));
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Handover h : slip.handovers()) {
            rows.add(List.of(
                    String.valueOf(n++),
                    h.fromUnit() + "\n" + h.fromOfficer(),
                    h.toUnit() + "\n" + h.toOfficer(),
                    time.dateTime(h.handedOverAt()),
                    h.stepDeadline().map(time::dateTime).orElse(""),
                    h.result().map(Timeliness::label).orElse(""),
                    h.note().orElse("")));
        }
        doc.table(new float[] {6, 18, 18, 17, 17, 11, 13},
                List.of("STT", "Bên giao (cơ quan, người giao)", "Bên nhận (cơ quan, người nhận)",
                        "Thời gian giao, nhận hồ sơ", "Hạn xử lý của bước",
                        "Kết quả (trước hạn/ đúng hạn/ quá hạn)", "Ghi chú"),
                rows, new int[] {0, 5});
    }
}
