package vn.motcua.documents.internal;

import java.util.List;
import vn.motcua.documents.ApologySlip;
import vn.motcua.documents.FormRegime;

/**
 * The apology with a new appointment (domain facts §3): 2018 Mẫu số 04 "Phiếu xin lỗi và hẹn lại ngày trả kết quả";
 * since 2025 BM.04 "Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết". It states the reason and the new
 * appointment, which may be set only once, and is signed by the head of the agency.
 */
final class ApologyLayout {
    private final VietnameseTime time;

    ApologyLayout(VietnameseTime time) {
        this.time = time;
    }

    void write(ApologySlip slip, FormRegime regime, SlipDocument doc) {
        String agency = slip.issuer().name();
        doc.letterOpening(FormKind.APOLOGY, regime, slip.issuer(), time.placeAndDate(slip.issuer().place(), slip.issuedAt()),
                slip.dossierCode(), slip.applicant().name());
        doc.paragraph("Vào lúc " + time.dateTime(slip.receivedAt()) + ", " + agency
                + " tiếp nhận hồ sơ của ông/bà đề nghị giải quyết thủ tục: " + slip.procedureName() + ".");
        doc.field("Thời gian hẹn trả kết quả giải quyết hồ sơ", time.dateTime(slip.originalAppointment()));
        doc.paragraph("Tuy nhiên, hồ sơ của ông/bà không thể giải quyết xong đúng thời gian đã hẹn. Lý do:");
        doc.paragraph(slip.reason());
        if (regime == FormRegime.DECREE_61_2018) {
            doc.paragraph("Sự chậm trễ này đã gây phiền hà, tốn kém cho ông/bà. " + agency
                    + " xin lỗi ông/bà và hẹn lại thời gian trả kết quả giải quyết hồ sơ như sau:");
            doc.field("Thời gian hẹn trả kết quả mới", time.dateTime(slip.newAppointment()));
        } else {
            doc.paragraph("Sự chậm trễ này đã gây phiền hà cho ông/bà. " + agency
                    + " trân trọng xin lỗi ông/bà và đề nghị gia hạn thời gian giải quyết hồ sơ đến:");
            doc.field("Thời gian trả kết quả sau gia hạn", time.dateTime(slip.newAppointment()));
        }
        doc.paragraph(agency + " mong nhận được sự thông cảm của ông/bà.");
        doc.signatures(List.of(new SlipDocument.SignatureBlock(slip.head().position(),
                "(Ký, ghi rõ họ tên và đóng dấu)", slip.head().name())));
    }
}
