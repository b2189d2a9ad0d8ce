package vn.motcua.storage.internal;

import vn.motcua.storage.ReportFigure;

/**
 * The one definition of every report figure, as a condition on a {@code report_dossiers} row: the monthly counts, the
 * recount and the list of dossiers behind a number all use it (decision 1000). {@code :now} is the moment of the query.
 */
final class FigureSql {

    private FigureSql() {
    }

    static String condition(ReportFigure f) {
        return switch (f) {
            case RECEIVED -> "1 = 1";
            case RECEIVED_COUNTER -> "channel = 'COUNTER'";
            case RECEIVED_POSTAL -> "channel = 'POSTAL'";
            case RECEIVED_ONLINE_PARTIAL -> "channel = 'ONLINE_PARTIAL'";
            case RECEIVED_ONLINE_FULL -> "channel = 'ONLINE_FULL'";
            case SUPPLEMENT_REQUESTED -> "supplements > 0";
            case APOLOGIZED -> "apologies > 0";
            case SUPPLEMENT_TWICE -> "supplements >= 2";
            case LATE_HANDOVER -> "late_handovers > 0";
            case DIGITISED -> "attachments > 0";
            case PAID_ONLINE -> "paid_online = TRUE";
            case FINISHED -> "timing IS NOT NULL";
            case FINISHED_EARLY -> "timing = 'EARLY'";
            case FINISHED_ON_TIME -> "timing = 'ON_TIME'";
            case FINISHED_LATE -> "timing = 'LATE'";
            case REJECTED -> "outcome = 'REJECTED'";
            case REFUSED -> "status = 'REFUSED'";
            case WITHDRAWN -> "status = 'WITHDRAWN'";
            case LATE_WITHOUT_APOLOGY -> "timing = 'LATE' AND apologies = 0";
            case STOP_WITHOUT_REASON -> "stop_without_reason = TRUE";
            // A stopped clock (supplement requested) cannot become overdue: its appointment is computed again on resume.
            case IN_PROGRESS_ON_TIME -> "in_progress = TRUE AND (status = 'SUPPLEMENT_REQUESTED' OR due_at >= :now)";
            case IN_PROGRESS_OVERDUE -> "in_progress = TRUE AND status <> 'SUPPLEMENT_REQUESTED' AND due_at < :now";
            case DUE_SOON -> "in_progress = TRUE AND status <> 'SUPPLEMENT_REQUESTED' AND due_at >= :now AND due_soon_at <= :now";
            case OVERDUE_WITHOUT_APOLOGY -> "in_progress = TRUE AND status <> 'SUPPLEMENT_REQUESTED' AND due_at < :now AND apologies = 0";
        };
    }

    /** The month column that dates a period figure; null for figures of the moment. */
    static String monthColumn(ReportFigure f) {
        return switch (f.dated()) {
            case SUBMITTED -> "submitted_month";
            case FINISHED -> "finished_month";
            case NOW -> null;
        };
    }

    /** The column of {@code report_monthly} holding a period figure. */
    static String column(ReportFigure f) {
        return f.name().toLowerCase(java.util.Locale.ROOT);
    }
}
