package vn.motcua.workspace.internal;

import vn.motcua.engine.DossierSummary.Urgency;
import vn.motcua.engine.feedback.FeedbackItem;
import vn.motcua.engine.feedback.FeedbackStep;

/** How the feedback desk names a feedback's status, urgency, steps and ratings. Stateless. */
final class FeedbackLabels {

    private FeedbackLabels() {
    }


    static String urgencyClass(Urgency u) {
        return switch (u) {
            case OVERDUE -> "overdue";
            case DUE_SOON -> "due-soon";
            case NORMAL -> null;
        };
    }


    static String status(FeedbackItem f) {
        if (f.isOpen()) {
            return "Chờ trả lời";
        }
        return "Đã trả lời" + (f.published() ? ", đã công khai" : "");
    }


    static String rating(int r) {
        return switch (r) {
            case 1 -> "Không hài lòng";
            case 2 -> "Hài lòng";
            default -> "Rất hài lòng";
        };
    }


    static String step(FeedbackStep s) {
        return switch (s.action()) {
            case "RECEIVED" -> "Tiếp nhận phản ánh";
            case "ASSIGNED" -> "Giao cho " + s.note();
            case "FORWARDED" -> "Chuyển đến " + s.toUnit();
            case "ANSWERED" -> "Trả lời" + ("công khai".equals(s.note()) ? " và công khai" : "");
            case "PUBLISHED" -> "Công khai câu trả lời";
            case "UNPUBLISHED" -> "Thôi công khai câu trả lời";
            case "RATED" -> "Người gửi đánh giá: " + rating(Integer.parseInt(s.note()));
            default -> s.action();
        };
    }


    static String excerpt(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "…";
    }
}
