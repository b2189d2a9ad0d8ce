package vn.motcua.workspace.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.motcua.api.procedure.Channel;
import vn.motcua.engine.DossierAction;
import vn.motcua.engine.DossierStatus;

/** Vietnamese words for the engine's enums and times, as officers read them. Stateless. */
final class Labels {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(VIETNAM);

    private Labels() {
    }

    static String time(Instant t) {
        return t == null ? "—" : TIME.format(t);
    }

    static String status(DossierStatus s) {
        return switch (s) {
            case SUBMITTED -> "Chờ kiểm tra (nộp trực tuyến)";
            case AWAITING_SUPPLEMENT -> "Chờ bổ sung (chưa tiếp nhận)";
            case REFUSED -> "Từ chối tiếp nhận";
            case PROCESSING -> "Đang giải quyết";
            case SUPPLEMENT_REQUESTED -> "Chờ bổ sung (tạm dừng tính thời hạn)";
            case DECIDED -> "Đã có kết quả";
            case RESULT_READY -> "Kết quả chờ trả";
            case RETURNED -> "Đã trả kết quả";
            case WITHDRAWN -> "Dừng giải quyết";
        };
    }

    static String action(DossierAction a) {
        return switch (a) {
            case ACCEPT -> "Tiếp nhận hồ sơ";
            case REQUEST_SUPPLEMENT -> "Yêu cầu bổ sung";
            case REFUSE -> "Từ chối tiếp nhận";
            case SUPPLEMENT_RECEIVED -> "Đã nhận bổ sung";
            case FORWARD -> "Chuyển bước tiếp theo";
            case SEND_BACK -> "Trả lại bước trước";
            case APPROVE -> "Phê duyệt";
            case REJECT -> "Từ chối giải quyết";
            case ISSUE_APOLOGY -> "Xin lỗi và hẹn lại ngày trả";
            case EXTEND -> "Gia hạn thời gian giải quyết";
            case RESULT_READY -> "Kết quả đã về Bộ phận Một cửa";
            case RETURN_RESULT -> "Trả kết quả";
            case WITHDRAW -> "Dừng theo đề nghị của người nộp";
        };
    }

    /**
     * The action of an event's wire name, in words: {@code submit} is the submission, {@code due-soon} and
     * {@code overdue} are the scheduler's alerts (decision 0902).
     */
    static String event(String wireName) {
        return switch (wireName) {
            case "submit" -> "Nộp hồ sơ";
            case "due-soon" -> "Cảnh báo: sắp đến hạn";
            case "overdue" -> "Cảnh báo: quá hạn";
            case "pay" -> "Thanh toán trực tuyến"; // decision 1130
            default -> DossierAction.fromWireName(wireName).map(Labels::action).orElse(wireName);
        };
    }

    static String channel(Channel c) {
        return switch (c) {
            case COUNTER -> "Trực tiếp";
            case POSTAL -> "Bưu chính";
            case ONLINE -> "Trực tuyến";
        };
    }

    static String timing(Object t) {
        return switch (String.valueOf(t)) {
            case "EARLY" -> "Trước hạn";
            case "ON_TIME" -> "Đúng hạn";
            case "LATE" -> "Quá hạn";
            default -> "—";
        };
    }

    /** A staff role as the console and the refusals name it. */

    static String role(vn.motcua.security.StaffRole r) {
        return switch (r) {
            case ONE_STOP_OFFICER -> "Cán bộ một cửa";
            case SPECIALIST -> "Chuyên viên";
            case LEADER -> "Lãnh đạo";
            case CONTROL_OFFICER -> "Đầu mối kiểm soát TTHC";
            case UNIT_ADMIN -> "Quản trị đơn vị";
            case CITY_ADMIN -> "Quản trị Thành phố";
        };
    }
}
