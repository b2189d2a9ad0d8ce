package vn.motcua.documents.internal;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.documents.FormRegime;
import vn.motcua.documents.ReceiptSlip;
import vn.motcua.documents.ReceivedDocument;

/**
 * Giấy tiếp nhận hồ sơ và hẹn trả kết quả (2018 Mẫu số 01, 2025 BM.01). Contents per Circular 03/2025/TT-VPCP
 * BM.01 (domain facts §2): dossier code; applicant and identification number; address, phone, email; authorised
 * person; the request; documents with counts; sets; time limit; time received and appointment as hour, minute,
 * date; where the result is collected; tracking-book volume and number; signatures of applicant and receiver.
 */
final class ReceiptLayout {
    private final VietnameseTime time;

    ReceiptLayout(VietnameseTime time) {
        this.time = time;
    }

    void write(ReceiptSlip slip, FormRegime regime, SlipDocument doc) {
        FormKind kind = FormKind.RECEIPT;
        kind.formLabel(regime).ifPresent(doc::formLabel);
        doc.nationalHeader(slip.issuer());
        doc.placeAndDate(time.placeAndDate(slip.issuer().place(), slip.receivedAt()));
        doc.title(kind.title(regime));
        doc.subtitle("Mã hồ sơ:", slip.dossierCode());
        doc.field(FormKind.counter(regime), slip.issuer().name());
        PartyFields.write(doc, "Tiếp nhận hồ sơ của", slip.applicant());
        slip.authorisedPerson().ifPresent(p -> {
            String id = p.idNumber().map(n -> ", số định danh cá nhân " + n).orElse("");
            doc.field("Người được ủy quyền", p.name() + id);
        });
        doc.field("Nội dung yêu cầu giải quyết", slip.procedureName());

        doc.heading("1. Thành phần hồ sơ nộp gồm:");
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (ReceivedDocument d : slip.documents()) {
            rows.add(List.of(String.valueOf(n++), d.name(), String.valueOf(d.originals()), String.valueOf(d.copies())));
        }
        doc.table(new float[] {7, 63, 15, 15}, List.of("STT", "Tên giấy tờ", "Bản chính", "Bản sao"), rows,
                new int[] {0, 2, 3});
        doc.field("2. Số lượng hồ sơ", String.format("%02d bộ", slip.sets()));
        doc.field("3. Thời gian giải quyết hồ sơ theo quy định", slip.timeLimit());
        doc.field("4. Thời gian nhận hồ sơ", time.dateTime(slip.receivedAt()));
        doc.field("5. Thời gian trả kết quả giải quyết hồ sơ", time.dateTime(slip.appointment()));
        doc.field("6. Đăng ký nhận kết quả tại", slip.resultPlace());
        doc.field("Vào Sổ theo dõi hồ sơ, Quyển số", slip.bookEntry().volume() + ", Số thứ tự: "
                + slip.bookEntry().number());

        String submitter = slip.authorisedPerson().map(p -> p.name()).orElse(slip.applicant().name());
        doc.signatures(List.of(
                new SlipDocument.SignatureBlock("Người nộp hồ sơ", "(Ký và ghi rõ họ tên)", submitter),
                new SlipDocument.SignatureBlock("Người tiếp nhận hồ sơ", "(Ký và ghi rõ họ tên)",
                        slip.receiverName())));
    }
}
