package vn.motcua.workspace.internal;

import vn.motcua.storage.ReportFigure;

/** Vietnamese names of the report figures. */
final class FigureLabels {

    private FigureLabels() {
    }

    static String of(ReportFigure f) {
        return switch (f) {
            case RECEIVED -> "Hồ sơ tiếp nhận";
            case RECEIVED_COUNTER -> "Tiếp nhận trực tiếp tại Bộ phận Một cửa";
            case RECEIVED_POSTAL -> "Tiếp nhận qua dịch vụ bưu chính công ích";
            case RECEIVED_ONLINE_PARTIAL -> "Tiếp nhận trực tuyến một phần";
            case RECEIVED_ONLINE_FULL -> "Tiếp nhận trực tuyến toàn trình";
            case SUPPLEMENT_REQUESTED -> "Hồ sơ phải bổ sung";
            case APOLOGIZED -> "Hồ sơ có phiếu xin lỗi, hẹn lại";
            case SUPPLEMENT_TWICE -> "Yêu cầu bổ sung từ hai lần trở lên";
            case LATE_HANDOVER -> "Hồ sơ có bước chuyển giao quá hạn";
            case DIGITISED -> "Hồ sơ được số hóa";
            case PAID_ONLINE -> "Thanh toán trực tuyến";
            case FINISHED -> "Hồ sơ đã giải quyết";
            case FINISHED_EARLY -> "Giải quyết trước hạn";
            case FINISHED_ON_TIME -> "Giải quyết đúng hạn";
            case FINISHED_LATE -> "Giải quyết quá hạn";
            case REJECTED -> "Trả lại, không giải quyết (từ chối sau thẩm định)";
            case REFUSED -> "Từ chối tiếp nhận";
            case WITHDRAWN -> "Dừng giải quyết theo đề nghị";
            case LATE_WITHOUT_APOLOGY -> "Quá hạn mà không có phiếu xin lỗi";
            case STOP_WITHOUT_REASON -> "Dừng giải quyết không nêu lý do";
            case IN_PROGRESS_ON_TIME -> "Đang giải quyết trong hạn";
            case IN_PROGRESS_OVERDUE -> "Đang giải quyết quá hạn";
            case DUE_SOON -> "Sắp đến hạn";
            case OVERDUE_WITHOUT_APOLOGY -> "Đang quá hạn, chưa có phiếu xin lỗi";
        };
    }

    static String slug(ReportFigure f) {
        return f.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static java.util.Optional<ReportFigure> fromSlug(String slug) {
        for (ReportFigure f : ReportFigure.values()) {
            if (slug(f).equals(slug)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }
}
