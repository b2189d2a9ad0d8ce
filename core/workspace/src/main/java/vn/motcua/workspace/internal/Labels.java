package vn.motcua.workspace.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.motcua.api.procedure.Channel;
import vn.motcua.engine.DossierAction;
import vn.motcua.engine.DossierStatus;
import vn.motcua.pages.i18n.Messages;
import vn.motcua.postal.Shipment;
import vn.motcua.security.StaffRole;

/**
 * The words for the engine's enums and times, as officers read them, from the workspace's message bundle: the key is
 * the area and the enum's name ({@code status.PROCESSING}, {@code action.ACCEPT}, {@code channel.ONLINE},
 * {@code timing.LATE}, {@code role.LEADER}, {@code shipment.status.IN_TRANSIT}). Stateless.
 */
final class Labels {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(VIETNAM);

    private Labels() {
    }

    static String time(Instant t) {
        return t == null ? "—" : TIME.format(t);
    }

    static String status(Messages m, DossierStatus s) {
        return m.t("status." + s.name());
    }

    static String action(Messages m, DossierAction a) {
        return m.t("action." + a.name());
    }

    /**
     * The action of an event's wire name, in words: {@code submit} is the submission, {@code due-soon} and
     * {@code overdue} are the scheduler's alerts (decision 0902), {@code pay} the online payment (decision 1130).
     */
    static String event(Messages m, String wireName) {
        return switch (wireName) {
            case "submit" -> m.t("event.submit");
            case "due-soon" -> m.t("event.dueSoon");
            case "overdue" -> m.t("event.overdue");
            case "pay" -> m.t("event.pay");
            default -> DossierAction.fromWireName(wireName).map(a -> action(m, a)).orElse(wireName);
        };
    }

    static String channel(Messages m, Channel c) {
        return m.t("channel." + c.name());
    }

    /** A hand-over's timeliness ({@code EARLY}, {@code ON_TIME}, {@code LATE}); "—" for none. */
    static String timing(Messages m, Object t) {
        return switch (String.valueOf(t)) {
            case "EARLY", "ON_TIME", "LATE" -> m.t("timing." + t);
            default -> "—";
        };
    }

    /** A staff role as the console and the refusals name it. */
    static String role(Messages m, StaffRole r) {
        return m.t("role." + r.name());
    }

    /** What a postal order is ({@code PICKUP} of the paper dossier or {@code DELIVERY} of the result; decision 1131). */
    static String shipmentKind(Messages m, Shipment s) {
        return m.t("shipment.kind." + ("PICKUP".equals(s.kind()) ? "PICKUP" : "DELIVERY"));
    }

    /** A postal order's status; a status the partner adds later is shown as it came rather than as a missing key. */
    static String shipmentStatus(Messages m, Shipment s) {
        return m.has("shipment.status." + s.status()) ? m.t("shipment.status." + s.status()) : s.status();
    }
}
