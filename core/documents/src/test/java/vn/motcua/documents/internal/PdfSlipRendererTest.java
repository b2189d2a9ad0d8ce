package vn.motcua.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.documents.ApologySlip;
import vn.motcua.documents.Party;
import vn.motcua.documents.ReceiptSlip;
import vn.motcua.documents.RefusalSlip;
import vn.motcua.documents.Slip;
import vn.motcua.documents.SlipRenderer;
import vn.motcua.documents.SlipRenderingException;
import vn.motcua.documents.TrackingBook;
import vn.motcua.documents.TrackingRow;

class PdfSlipRendererTest {
    private static final SlipRenderer RENDERER = new PdfSlipRenderer();

    /** kind, year, expected title, expected form label. */
    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("receipt", 2024, "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                        "Mẫu số 01 – Thông tư số 01/2018/TT-VPCP"),
                Arguments.of("receipt", 2026, "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                        "Mẫu BM.01 – Thông tư số 03/2025/TT-VPCP"),
                Arguments.of("supplement", 2024, "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Mẫu số 02"),
                Arguments.of("supplement", 2026, "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Mẫu BM.02"),
                Arguments.of("refusal", 2024, "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Mẫu số 03"),
                Arguments.of("refusal", 2026, "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Mẫu BM.03"),
                Arguments.of("apology", 2024, "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Mẫu số 04"),
                Arguments.of("apology", 2026, "PHIẾU XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT", "Mẫu BM.04"),
                Arguments.of("stop", 2024, "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", "Nghị định số 107/2021/NĐ-CP"),
                Arguments.of("stop", 2026, "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", "Mẫu BM.05"),
                Arguments.of("control", 2024, "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Mẫu số 05"),
                Arguments.of("control", 2026, "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Mẫu BM.06"),
                Arguments.of("book", 2024, "SỔ THEO DÕI HỒ SƠ", "Mẫu số 06"),
                Arguments.of("book", 2026, "SỔ THEO DÕI HỒ SƠ", "Mẫu BM.07"));
    }

    static Slip slip(String kind, Samples s) {
        return switch (kind) {
            case "receipt" -> s.receipt();
            case "supplement" -> s.supplement();
            case "refusal" -> s.refusal();
            case "apology" -> s.apology();
            case "stop" -> s.stop();
            case "control" -> s.control(3);
            case "book" -> s.book(5);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest(name = "{0} received in {1}")
    @MethodSource("kinds")
    void eachKindCarriesItsRegimesTitleAndFormWithVietnameseTextAndEmbeddedFont(String kind, int year, String title,
                                                                                String form) {
        Samples s = new Samples(year);
        PdfText pdf = PdfText.read(RENDERER.render(slip(kind, s)));

        assertTrue(pdf.text().contains(title), () -> "title " + title + " in: " + pdf.text());
        assertTrue(pdf.text().contains(form), () -> "form " + form + " in: " + pdf.text());
        assertTrue(pdf.text().contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), pdf.text());
        assertTrue(pdf.text().contains("Độc lập - Tự do - Hạnh phúc"), pdf.text());
        assertTrue(pdf.text().contains("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG HOÀN KIẾM"), pdf.text());
        String otherRegimeLabel = year == 2024 ? "Mẫu BM." : "Thông tư số 01/2018";
        assertFalse(pdf.text().contains(otherRegimeLabel), pdf.text());

        if (kind.equals("book")) {
            assertTrue(pdf.text().contains("Hoàng Văn Thành 5"), pdf.text());
            assertTrue(pdf.text().contains(String.format("H26-%02d0424-0005", year % 100)), pdf.text());
            assertTrue(pdf.text().contains("24/04/" + year + " 15:34"), pdf.text());
            assertTrue(pdf.text().contains("Từ ngày 01 tháng 4 năm " + year + " đến ngày 30 tháng 4 năm " + year),
                    pdf.text());
        } else {
            assertTrue(pdf.text().contains(Samples.APPLICANT), pdf.text());
            assertTrue(pdf.text().contains(s.receivedText()), () -> s.receivedText() + " in: " + pdf.text());
            if (!kind.equals("refusal")) {
                assertTrue(pdf.text().contains(s.code), pdf.text());
            }
        }
        assertTrue(pdf.allFontsEmbedded(), () -> "fonts " + pdf.fonts());
        assertTrue(pdf.fonts().stream().allMatch(f -> f.contains("LiberationSerif")), () -> "fonts " + pdf.fonts());
        PDRectangle a4 = PDRectangle.A4;
        PDRectangle page = pdf.pageSizes().get(0);
        float longSide = Math.max(page.getWidth(), page.getHeight());
        float shortSide = Math.min(page.getWidth(), page.getHeight());
        assertEquals(a4.getHeight(), longSide, 1f);
        assertEquals(a4.getWidth(), shortSide, 1f);
        assertEquals(kind.equals("book"), pdf.landscape().get(0), "only the tracking book is landscape");
    }

    @Test
    void receiptHasEveryFieldOfTheForm() {
        Samples s = new Samples(2026);
        String text = PdfText.read(RENDERER.render(s.receipt())).text();
        for (String expected : List.of("Mã hồ sơ: " + s.code, "Bộ phận Một cửa", "001190012345",
                "Số 12 phố Hàng Bạc", "0912345678", "nhung.nguyen@example.vn", "Người được ủy quyền: Trần Văn Đức",
                "Nội dung yêu cầu giải quyết: Đăng ký khai sinh", "Giấy chứng sinh",
                "Giấy tờ tùy thân của người đi đăng ký", "Bản chính", "Bản sao", "2. Số lượng hồ sơ: 01 bộ",
                "Ngay trong ngày", "4. Thời gian nhận hồ sơ: 15 giờ 30 phút, ngày 24 tháng 4 năm 2026",
                "5. Thời gian trả kết quả giải quyết hồ sơ: 9 giờ 05 phút, ngày 05 tháng 5 năm 2026",
                "6. Đăng ký nhận kết quả tại", "Quyển số: 01/2026, Số thứ tự: 17", "NGƯỜI NỘP HỒ SƠ",
                "NGƯỜI TIẾP NHẬN HỒ SƠ", "Lê Thị Thu Hà", "Hà Nội, ngày 24 tháng 4 năm 2026")) {
            assertTrue(text.contains(expected), () -> expected + " in: " + text);
        }
    }

    @Test
    void receiptUnderTheOldRegimeNamesTheOldCounter() {
        String text = PdfText.read(RENDERER.render(new Samples(2024).receipt())).text();
        assertTrue(text.contains("Bộ phận Tiếp nhận và Trả kết quả"), text);
    }

    @Test
    void apologyStatesReasonBothAppointmentsAndTheHeadOfTheAgency() {
        Samples s = new Samples(2026);
        String text = PdfText.read(RENDERER.render(s.apology())).text();
        for (String expected : List.of("xác minh thông tin với cơ quan đăng ký cư trú", s.appointmentText(),
                "10 giờ 00 phút, ngày 08 tháng 5 năm 2026", "đề nghị gia hạn", "GIÁM ĐỐC", "Phạm Quốc Hưng",
                "Kính gửi: Ông/Bà " + Samples.APPLICANT, "Hà Nội, ngày 04 tháng 5 năm 2026")) {
            assertTrue(text.contains(expected), () -> expected + " in: " + text);
        }
        String old = PdfText.read(RENDERER.render(new Samples(2024).apology())).text();
        assertTrue(old.contains("hẹn lại thời gian trả kết quả"), old);
        assertFalse(old.contains("gia hạn"), old);
    }

    @Test
    void supplementListsEveryItemWithItsReasonAndSaysTheGuidanceIsComplete() {
        String text = PdfText.read(RENDERER.render(new Samples(2026).supplement())).text();
        for (String expected : List.of("Giấy chứng sinh (bản chính)", "Hồ sơ chưa có giấy chứng sinh.",
                "Tờ khai thiếu chữ ký của người đi đăng ký.", "hướng dẫn một lần",
                "Nghị định số 118/2025/NĐ-CP", "024 3825 3536", "NGƯỜI HƯỚNG DẪN")) {
            assertTrue(text.contains(expected), () -> expected + " in: " + text);
        }
    }

    @Test
    void refusalStatesTheReason() {
        String text = PdfText.read(RENDERER.render(new Samples(2024).refusal())).text();
        assertTrue(text.contains("không thuộc thẩm quyền giải quyết"), text);
        assertTrue(text.contains("không tiếp nhận, giải quyết hồ sơ"), text);
    }

    @Test
    void controlSheetClassesEachHandoverAndContinuesOverPages() {
        Samples s = new Samples(2026);
        PdfText pdf = PdfText.read(RENDERER.render(s.control(60)));
        assertTrue(pdf.pages() >= 3, "60 hand-overs take several pages: " + pdf.pages());
        for (String expected : List.of("Trước hạn", "Đúng hạn", "Quá hạn", "Phòng Văn hóa - Xã hội", "Đỗ Minh Tuấn",
                "Chuyển thẩm định", "16 giờ 30 phút, ngày 24 tháng 4 năm 2026")) {
            assertTrue(pdf.text().contains(expected), () -> expected + " in: " + pdf.text());
        }
        for (String page : pdf.pageTexts()) {
            assertTrue(page.contains("Hạn xử lý của bước"), "header repeated on every page: " + page);
            assertTrue(page.contains("Mã hồ sơ: " + s.code), "footer names the dossier on every page");
        }
    }

    @Test
    void aTrackingBookOf500RowsSpansSeveralPagesWithItsHeaderOnEach() {
        Samples s = new Samples(2026);
        PdfText pdf = PdfText.read(RENDERER.render(s.book(500)));
        assertTrue(pdf.pages() >= 10, "500 rows: " + pdf.pages() + " pages");
        for (int i = 1; i <= 500; i++) {
            String code = String.format("H26-260424-%04d", i);
            assertTrue(pdf.text().contains(code), code);
        }
        for (int p = 0; p < pdf.pages(); p++) {
            String page = pdf.pageTexts().get(p);
            assertTrue(page.contains("Hẹn trả kết quả"), "header on page " + (p + 1));
            assertTrue(page.contains("Trang " + (p + 1) + "/" + pdf.pages()), "page number on page " + (p + 1));
            assertTrue(pdf.landscape().get(p), "landscape");
        }
    }

    @Test
    void aTrackingBookAcrossJuly2025HasOneSectionPerRegime() {
        Samples old = new Samples(2025);
        List<TrackingRow> rows = new ArrayList<>();
        rows.add(new TrackingRow("H26-250630-0001", "Vũ Thị Lan", Samples.PROCEDURE,
                Samples.at(2025, 6, 30, 16, 0), Samples.at(2025, 7, 1, 10, 0), Optional.empty(), Optional.empty()));
        rows.add(new TrackingRow("H26-250701-0001", "Bùi Văn Nam", Samples.PROCEDURE,
                Samples.at(2025, 7, 1, 8, 0), Samples.at(2025, 7, 1, 10, 0), Optional.empty(), Optional.empty()));
        TrackingBook book = new TrackingBook(old.issuer(), "02/2025", LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 7, 31), rows);
        PdfText pdf = PdfText.read(RENDERER.render(book));
        assertEquals(2, pdf.pages());
        assertTrue(pdf.pageTexts().get(0).contains("Mẫu số 06"), pdf.pageTexts().get(0));
        assertTrue(pdf.pageTexts().get(0).contains("Vũ Thị Lan"));
        assertTrue(pdf.pageTexts().get(0).contains("đến ngày 30 tháng 6 năm 2025"), pdf.pageTexts().get(0));
        assertTrue(pdf.pageTexts().get(1).contains("Mẫu BM.07"), pdf.pageTexts().get(1));
        assertTrue(pdf.pageTexts().get(1).contains("Bùi Văn Nam"));
        assertTrue(pdf.pageTexts().get(1).contains("Từ ngày 01 tháng 7 năm 2025"), pdf.pageTexts().get(1));
    }

    @Test
    void aDossierReceivedBeforeTheFirstRegimeIsRefusedWithTheReason() {
        Samples s = new Samples(2017);
        SlipRenderingException e = assertThrows(SlipRenderingException.class, () -> RENDERER.render(s.refusal()));
        assertTrue(e.getMessage().contains("2017-04-24"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"line\nbreak\r\nand\ttab", "\u202Eevil\u202C override", "nul\u0000and\u001b[31mescape",
            "emoji \uD83D\uDE00 and CJK 漢字"})
    void callerTextIsOnlyText(String hostile) {
        Samples s = new Samples(2026);
        RefusalSlip slip = new RefusalSlip(s.issuer(), Optional.of(hostile), s.received,
                Party.named(hostile), hostile, hostile, hostile);
        PdfText pdf = PdfText.read(RENDERER.render(slip));
        assertEquals(1, pdf.pages());
        assertFalse(pdf.text().chars().anyMatch(c -> c < 0x20 || c == 0x202E || c == 0x202C), pdf.text());
        assertTrue(pdf.allFontsEmbedded());
    }

    @Test
    void decomposedVietnameseIsPrintedComposed() {
        Samples s = new Samples(2026);
        String nfd = java.text.Normalizer.normalize("Nguyễn Thị Hồng Nhung", java.text.Normalizer.Form.NFD);
        RefusalSlip slip = new RefusalSlip(s.issuer(), Optional.empty(), s.received, Party.named(nfd),
                Samples.PROCEDURE, "Lý do", "Cán bộ");
        assertTrue(PdfText.read(RENDERER.render(slip)).text().contains("Nguyễn Thị Hồng Nhung"));
    }

    @Test
    void hugeUnbrokenTextWrapsAndIsCappedInsteadOfBreakingTheLayout() {
        Samples s = new Samples(2026);
        String word = "A".repeat(20_000);
        ReceiptSlip r = s.receipt();
        ReceiptSlip slip = new ReceiptSlip(r.issuer(), r.dossierCode(), r.receivedAt(), Party.named(word),
                r.authorisedPerson(), word, List.of(new vn.motcua.documents.ReceivedDocument(word, 1, 1)), 1, word,
                r.appointment(), word, r.bookEntry(), word);
        PdfText pdf = PdfText.read(RENDERER.render(slip));
        assertTrue(pdf.pages() <= 4, "capped: " + pdf.pages() + " pages");
        assertTrue(pdf.text().contains("AAAA"));
        assertTrue(pdf.text().contains("NGƯỜI TIẾP NHẬN HỒ SƠ"), "the signature block is still there");

        ApologySlip a = s.apology();
        String reason = "Lý do dài. ".repeat(3_000);
        PdfText apology = PdfText.read(RENDERER.render(new ApologySlip(a.issuer(), a.dossierCode(),
                a.receivedAt(), a.applicant(), a.procedureName(), reason, a.originalAppointment(),
                a.newAppointment(), a.issuedAt(), a.head())));
        assertTrue(apology.text().contains("Phạm Quốc Hưng"), "the head still signs after a long reason");
    }

    @Test
    void rendersInParallel() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                Samples s = new Samples(i % 2 == 0 ? 2024 : 2026);
                results.add(pool.submit(() -> PdfText.read(RENDERER.render(s.receipt())).text()));
            }
            for (Future<String> f : results) {
                assertTrue(f.get().contains(Samples.APPLICANT));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theTimeZoneOfTheServerDoesNotMatter() {
        java.util.TimeZone saved = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/Los_Angeles"));
            Samples s = new Samples(2026);
            assertTrue(PdfText.read(RENDERER.render(s.receipt())).text().contains(s.receivedText()));
        } finally {
            java.util.TimeZone.setDefault(saved);
        }
    }

    @Test
    void theRegimeChangesAtMidnightHanoiTimeOnTheFirstOfJuly2025() {
        Instant lastOld = Samples.at(2025, 6, 30, 23, 59);
        Instant firstNew = Samples.at(2025, 7, 1, 0, 0);
        assertEquals(vn.motcua.documents.FormRegime.DECREE_61_2018, vn.motcua.documents.FormRegime.at(lastOld));
        assertEquals(vn.motcua.documents.FormRegime.DECREE_118_2025, vn.motcua.documents.FormRegime.at(firstNew));
        assertEquals(vn.motcua.documents.FormRegime.DECREE_61_2018,
                vn.motcua.documents.FormRegime.at(Samples.at(2018, 6, 21, 0, 0)));
    }
}
