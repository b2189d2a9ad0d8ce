package vn.motcua.documents.internal;

import java.util.List;
import vn.motcua.documents.FormRegime;
import vn.motcua.documents.RefusalSlip;

/**
 * Phiếu từ chối tiếp nhận giải quyết hồ sơ (2018 Mẫu số 03, 2025 BM.03): a dossier outside the unit's competence or
 * ineligible is refused with the reason (domain facts §2).
 */
final class RefusalLayout {
    private final VietnameseTime time;

    RefusalLayout(VietnameseTime time) {
        this.time = time;
    }

    void write(RefusalSlip slip, FormRegime regime, SlipDocument doc) {
        FormKind kind = FormKind.REFUSAL;
        kind.formLabel(regime).ifPresent(doc::formLabel);
        doc.nationalHeader(slip.issuer());
        doc.placeAndDate(time.placeAndDate(slip.issuer().place(), slip.receivedAt()));
        doc.title(kind.title(regime));
        slip.dossierCode().ifPresent(c -> doc.subtitle("Mã hồ sơ:", c));
        doc.field(FormKind.counter(regime), slip.issuer().name());
        PartyFields.write(doc, "Tiếp nhận hồ sơ của", slip.applicant());
        doc.field("Nội dung yêu cầu giải quyết", slip.procedureName());
        doc.field("Thời gian nộp hồ sơ", time.dateTime(slip.receivedAt()));
        doc.paragraph("Qua xem xét, " + FormKind.counter(regime)
                + " thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:");
        doc.paragraph(slip.reason());
        doc.paragraph("Xin thông báo để ông/bà được biết và thực hiện.");
        doc.signatures(List.of(
                new SlipDocument.SignatureBlock("Người tiếp nhận hồ sơ", "(Ký và ghi rõ họ tên)",
                        slip.officerName())));
    }
}
