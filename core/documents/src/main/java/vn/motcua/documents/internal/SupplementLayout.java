package vn.motcua.documents.internal;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.documents.FormRegime;
import vn.motcua.documents.MissingItem;
import vn.motcua.documents.SupplementRequest;

/**
 * Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (2018 Mẫu số 02, 2025 BM.02): what is missing and why, the guidance
 * given once and in full, in writing (domain facts §2).
 */
final class SupplementLayout {
    private final VietnameseTime time;

    SupplementLayout(VietnameseTime time) {
        this.time = time;
    }

    void write(SupplementRequest slip, FormRegime regime, SlipDocument doc) {
        FormKind kind = FormKind.SUPPLEMENT;
        kind.formLabel(regime).ifPresent(doc::formLabel);
        doc.nationalHeader(slip.issuer());
        doc.placeAndDate(time.placeAndDate(slip.issuer().place(), slip.receivedAt()));
        doc.title(kind.title(regime));
        slip.dossierCode().ifPresent(c -> doc.subtitle("Mã hồ sơ:", c));
        PartyFields.write(doc, "Hồ sơ của", slip.applicant());
        doc.field("Nội dung yêu cầu giải quyết", slip.procedureName());
        doc.field("Thời gian nộp hồ sơ", time.dateTime(slip.receivedAt()));
        doc.paragraph(FormKind.counter(regime) + " " + slip.issuer().name()
                + " đề nghị ông/bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:");
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (MissingItem item : slip.items()) {
            rows.add(List.of(String.valueOf(n++), item.what(), item.reason()));
        }
        doc.table(new float[] {7, 48, 45}, List.of("STT", "Nội dung cần bổ sung, hoàn thiện", "Lý do"), rows,
                new int[] {0});
        // Guidance is given once, fully, in writing (domain facts §2; Decree 61/2018/NĐ-CP, Decree 118/2025/NĐ-CP).
        doc.note("Nội dung hướng dẫn trên đây là đầy đủ và được hướng dẫn một lần theo quy định tại "
                + regime.decree() + ".");
        slip.helpContact().ifPresent(c -> doc.paragraph(
                "Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, ông/bà liên hệ " + c + " để được hướng dẫn."));
        doc.signatures(List.of(
                new SlipDocument.SignatureBlock("Người hướng dẫn", "(Ký và ghi rõ họ tên)", slip.officerName())));
    }
}
