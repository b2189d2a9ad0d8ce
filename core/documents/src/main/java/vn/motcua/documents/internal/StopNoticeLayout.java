package vn.motcua.documents.internal;

import java.util.List;
import vn.motcua.documents.FormRegime;
import vn.motcua.documents.StopNotice;

/**
 * Thông báo dừng giải quyết hồ sơ: the applicant withdrew the dossier before a decision (domain facts §3). 2025
 * BM.05; the 2018 circular has no form for it, so the notice carries no form label and cites the decree as amended
 * by Decree 107/2021/NĐ-CP, which introduced the withdrawal.
 */
final class StopNoticeLayout {
    private final VietnameseTime time;

    StopNoticeLayout(VietnameseTime time) {
        this.time = time;
    }

    void write(StopNotice slip, FormRegime regime, SlipDocument doc) {
        String agency = slip.issuer().name();
        doc.letterOpening(FormKind.STOP, regime, slip.issuer(), time.placeAndDate(slip.issuer().place(), slip.issuedAt()),
                slip.dossierCode(), slip.applicant().name());
        String basis = regime == FormRegime.DECREE_61_2018
                ? "Căn cứ Nghị định số 61/2018/NĐ-CP của Chính phủ, được sửa đổi, bổ sung bởi Nghị định số "
                        + "107/2021/NĐ-CP;"
                : "Căn cứ " + regime.decree() + " của Chính phủ và " + regime.circular()
                        + " của Văn phòng Chính phủ;";
        doc.note(basis);
        doc.paragraph("Vào lúc " + time.dateTime(slip.requestedAt()) + ", " + agency
                + " nhận được đề nghị của ông/bà về việc dừng giải quyết hồ sơ sau:");
        doc.field("Nội dung yêu cầu giải quyết", slip.procedureName());
        doc.field("Thời gian tiếp nhận hồ sơ", time.dateTime(slip.receivedAt()));
        slip.reason().ifPresent(r -> doc.field("Lý do ông/bà nêu", r));
        doc.paragraph(agency + " thông báo dừng giải quyết hồ sơ nêu trên theo đề nghị của ông/bà kể từ "
                + time.date(slip.issuedAt()) + ".");
        doc.paragraph("Xin thông báo để ông/bà được biết.");
        doc.signatures(List.of(new SlipDocument.SignatureBlock(slip.signer().position(),
                "(Ký, ghi rõ họ tên và đóng dấu)", slip.signer().name())));
    }
}
