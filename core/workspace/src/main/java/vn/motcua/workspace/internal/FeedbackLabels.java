package vn.motcua.workspace.internal;

import vn.motcua.engine.DossierSummary.Urgency;
import vn.motcua.engine.feedback.FeedbackItem;
import vn.motcua.engine.feedback.FeedbackStep;
import vn.motcua.pages.i18n.Messages;

/** How the feedback desk names a feedback's status, urgency, steps and ratings ({@code feedback.*}). Stateless. */
final class FeedbackLabels {

    /** The engine's note on an ANSWERED step when the answer was published at once (stored data, not wording). */
    private static final String PUBLISHED_NOTE = "công khai";

    private FeedbackLabels() {
    }

    static String urgencyClass(Urgency u) {
        return switch (u) {
            case OVERDUE -> "overdue";
            case DUE_SOON -> "due-soon";
            case NORMAL -> null;
        };
    }

    static String status(Messages m, FeedbackItem f) {
        if (f.isOpen()) {
            return m.t("feedback.status.open");
        }
        return m.t(f.published() ? "feedback.status.answeredPublished" : "feedback.status.answered");
    }

    /** A sender's rating of the answer: 1 unsatisfied, 2 satisfied, 3 very satisfied. */
    static String rating(Messages m, int r) {
        return switch (r) {
            case 1 -> m.t("feedback.rating.unsatisfied");
            case 2 -> m.t("feedback.rating.satisfied");
            default -> m.t("feedback.rating.verySatisfied");
        };
    }

    static String step(Messages m, FeedbackStep s) {
        return switch (s.action()) {
            case "RECEIVED" -> m.t("feedback.step.received");
            case "ASSIGNED" -> m.t("feedback.step.assigned", s.note());
            case "FORWARDED" -> m.t("feedback.step.forwarded", s.toUnit());
            case "ANSWERED" -> m.t(PUBLISHED_NOTE.equals(s.note()) ? "feedback.step.answeredPublished" : "feedback.step.answered");
            case "PUBLISHED" -> m.t("feedback.step.published");
            case "UNPUBLISHED" -> m.t("feedback.step.unpublished");
            case "RATED" -> m.t("feedback.step.rated", rating(m, Integer.parseInt(s.note())));
            default -> s.action();
        };
    }

    static String excerpt(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "…";
    }
}
