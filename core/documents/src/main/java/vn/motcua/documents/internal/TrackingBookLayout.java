package vn.motcua.documents.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.motcua.documents.FormRegime;
import vn.motcua.documents.Timeliness;
import vn.motcua.documents.TrackingBook;
import vn.motcua.documents.TrackingRow;

/**
 * Sổ theo dõi hồ sơ (2018 Mẫu số 06, 2025 BM.07), A4 landscape: one row per dossier. Rows are grouped by the regime
 * in force at their receipt (domain facts §1), each group a section on new pages with that regime's form label;
 * numbering runs through the whole book.
 */
final class TrackingBookLayout {
    private static final LocalDate LAST_2018_DAY = FormRegime.DECREE_118_2025.effectiveFrom().minusDays(1);

    private final VietnameseTime time;

    TrackingBookLayout(VietnameseTime time) {
        this.time = time;
    }

    void write(TrackingBook book, SlipDocument doc) {
        Map<FormRegime, List<List<String>>> sections = new EnumMap<>(FormRegime.class);
        sections.put(FormRegime.at(book.receivedAt()), new ArrayList<>());
        int n = 1;
        for (TrackingRow r : book.rows()) {
            sections.computeIfAbsent(FormRegime.at(r.receivedAt()), k -> new ArrayList<>()).add(List.of(
                    String.valueOf(n++),
                    r.dossierCode(),
                    r.applicantName(),
                    r.procedureName(),
                    time.compact(r.receivedAt()),
                    time.compact(r.appointment()),
                    r.returnedAt().map(time::compact).orElse(""),
                    r.timeliness().map(Timeliness::label).orElse("")));
        }
        boolean first = true;
        for (Map.Entry<FormRegime, List<List<String>>> section : sections.entrySet()) {
            if (!first) {
                doc.newPage();
            }
            first = false;
            section(book, section.getKey(), section.getValue(), doc);
        }
    }

    private void section(TrackingBook book, FormRegime regime, List<List<String>> rows, SlipDocument doc) {
        FormKind kind = FormKind.BOOK;
        kind.formLabel(regime).ifPresent(doc::formLabel);
        doc.nationalHeader(book.issuer());
        doc.title(kind.title(regime));
        LocalDate from = book.from();
        LocalDate to = book.to();
        // A period across 1 July 2025 is split: each section states the part of the period its regime covers.
        if (regime == FormRegime.DECREE_61_2018 && to.isAfter(LAST_2018_DAY)) {
            to = LAST_2018_DAY;
        } else if (regime == FormRegime.DECREE_118_2025 && from.isBefore(regime.effectiveFrom())) {
            from = regime.effectiveFrom();
        }
        if (from.isAfter(to)) { // rows received outside the period: state the period as given
            from = book.from();
            to = book.to();
        }
        doc.subtitle("Quyển số: " + book.volume() + " –", "Từ " + time.date(from) + " đến " + time.date(to));
        if (rows.isEmpty()) {
            doc.note("Không có hồ sơ nào trong kỳ.");
        }
        doc.table(new float[] {4, 18, 15, 18, 11.5f, 11.5f, 11.5f, 10.5f},
                List.of("STT", "Mã hồ sơ", "Tên cá nhân, tổ chức", "Thủ tục hành chính", "Nhận hồ sơ",
                        "Hẹn trả kết quả", "Trả kết quả", "Tình trạng (trước hạn/ đúng hạn/ quá hạn)"),
                rows, new int[] {0, 4, 5, 6, 7});
    }
}
