package vn.motcua.documents.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.documents.ApologySlip;
import vn.motcua.documents.BookEntry;
import vn.motcua.documents.ControlSheet;
import vn.motcua.documents.FormRegime;
import vn.motcua.documents.Handover;
import vn.motcua.documents.Issuer;
import vn.motcua.documents.MissingItem;
import vn.motcua.documents.Party;
import vn.motcua.documents.ReceiptSlip;
import vn.motcua.documents.ReceivedDocument;
import vn.motcua.documents.RefusalSlip;
import vn.motcua.documents.Signatory;
import vn.motcua.documents.Slip;
import vn.motcua.documents.StopNotice;
import vn.motcua.documents.SupplementRequest;
import vn.motcua.documents.Timeliness;
import vn.motcua.documents.TrackingBook;
import vn.motcua.documents.TrackingRow;

/** Sample slips for a dossier received at 15:30 on 24 April of a given year (Hanoi time). */
final class Samples {
    static final String APPLICANT = "Nguyễn Thị Hồng Nhung";
    static final String UNIT = "Trung tâm Phục vụ hành chính công phường Hoàn Kiếm";
    static final String PROCEDURE = "Đăng ký khai sinh";

    final int year;
    final Instant received;
    final String code;

    Samples(int year) {
        this.year = year;
        this.received = at(year, 4, 24, 15, 30);
        this.code = "000.00.21.H26-" + (year % 100) + "0424-0017";
    }

    static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(FormRegime.ZONE).toInstant();
    }

    /** "15 giờ 30 phút, ngày 24 tháng 4 năm 2026". */
    String receivedText() {
        return "15 giờ 30 phút, ngày 24 tháng 4 năm " + year;
    }

    /** "9 giờ 05 phút, ngày 05 tháng 5 năm 2026": the appointment. */
    String appointmentText() {
        return "9 giờ 05 phút, ngày 05 tháng 5 năm " + year;
    }

    Instant appointment() {
        return at(year, 5, 5, 9, 5);
    }

    Issuer issuer() {
        return Issuer.of("UBND Thành phố Hà Nội", UNIT, "Hà Nội");
    }

    Party applicant() {
        return Party.of(APPLICANT, "001190012345", "Số 12 phố Hàng Bạc, phường Hoàn Kiếm, Hà Nội", "0912345678",
                "nhung.nguyen@example.vn");
    }

    ReceiptSlip receipt() {
        return new ReceiptSlip(issuer(), code, received, applicant(),
                Optional.of(Party.of("Trần Văn Đức", "001089007777", null, null, null)), PROCEDURE,
                List.of(new ReceivedDocument("Tờ khai đăng ký khai sinh", 1, 0),
                        new ReceivedDocument("Giấy chứng sinh", 1, 0),
                        new ReceivedDocument("Giấy tờ tùy thân của người đi đăng ký", 0, 1)),
                1, "Ngay trong ngày; nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo", appointment(),
                "Bộ phận Một cửa, Trung tâm Phục vụ hành chính công phường Hoàn Kiếm", new BookEntry("01/" + year, 17),
                "Lê Thị Thu Hà");
    }

    SupplementRequest supplement() {
        return new SupplementRequest(issuer(), Optional.of(code), received, applicant(), PROCEDURE,
                List.of(new MissingItem("Giấy chứng sinh (bản chính)", "Hồ sơ chưa có giấy chứng sinh."),
                        new MissingItem("Tờ khai đăng ký khai sinh", "Tờ khai thiếu chữ ký của người đi đăng ký.")),
                Optional.of("Bộ phận Một cửa, điện thoại 024 3825 3536"), "Lê Thị Thu Hà");
    }

    RefusalSlip refusal() {
        return new RefusalSlip(issuer(), Optional.empty(), received, applicant(), PROCEDURE,
                "Người được khai sinh có nơi cư trú ngoài địa bàn phường: hồ sơ không thuộc thẩm quyền giải quyết.",
                "Lê Thị Thu Hà");
    }

    ApologySlip apology() {
        return new ApologySlip(issuer(), code, received, applicant(), PROCEDURE,
                "Cần xác minh thông tin với cơ quan đăng ký cư trú; kết quả xác minh chưa được gửi đến.",
                appointment(), at(year, 5, 8, 10, 0), at(year, 5, 4, 8, 0),
                new Signatory("Giám đốc", "Phạm Quốc Hưng"));
    }

    StopNotice stop() {
        return new StopNotice(issuer(), code, received, applicant(), PROCEDURE, at(year, 4, 27, 10, 15),
                Optional.of("Gia đình đổi ý, sẽ nộp lại hồ sơ sau."), at(year, 4, 27, 14, 0),
                new Signatory("Giám đốc", "Phạm Quốc Hưng"));
    }

    ControlSheet control(int rows) {
        List<Handover> handovers = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            handovers.add(new Handover("Bộ phận Một cửa", "Lê Thị Thu Hà", "Phòng Văn hóa - Xã hội",
                    "Đỗ Minh Tuấn", received.plusSeconds(3600L * (i + 1)),
                    Optional.of(received.plusSeconds(3600L * (i + 2))),
                    Optional.of(Timeliness.values()[i % 3]),
                    i == 0 ? Optional.of("Chuyển thẩm định") : Optional.empty()));
        }
        return new ControlSheet(issuer(), code, received, applicant(), PROCEDURE, appointment(), handovers);
    }

    TrackingBook book(int rows) {
        List<TrackingRow> list = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Instant r = received.plusSeconds(60L * i);
            list.add(new TrackingRow(String.format("000.00.21.H26-%02d0424-%04d", year % 100, i + 1),
                    "Hoàng Văn Thành " + (i + 1), PROCEDURE, r, appointment(),
                    i % 4 == 3 ? Optional.empty() : Optional.of(appointment().minusSeconds(3600)),
                    i % 4 == 3 ? Optional.empty() : Optional.of(Timeliness.EARLY)));
        }
        return new TrackingBook(issuer(), "01/" + year, LocalDate.of(year, 4, 1), LocalDate.of(year, 4, 30), list);
    }

    List<Slip> all() {
        return List.of(receipt(), supplement(), refusal(), apology(), control(4), book(12), stop());
    }
}
