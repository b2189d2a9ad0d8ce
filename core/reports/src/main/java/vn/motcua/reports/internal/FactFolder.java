package vn.motcua.reports.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.storage.DossierFactRecord;
import vn.motcua.storage.DossierRecord;
import vn.motcua.storage.EventRecord;
import vn.motcua.storage.HandoverFactRecord;

/**
 * Folds a dossier's events into its report facts (decision 1000). Every counted property comes from an event: the
 * status after the last one, the channel and procedure of the submission, the appointment of the reception (or of the
 * resumption after a supplement), the class of the decision and of every hand-over as the engine recorded it. Only
 * where the dossier sits now (its unit queue) is read from the row. Stateless apart from the calendar; thread-safe.
 */
final class FactFolder {

    /** The dossier's facts and its hand-overs. */
    record Folded(DossierFactRecord fact, List<HandoverFactRecord> handovers) {
    }

    /** Answers whether a stored procedure version is offered fully online (toàn trình). */
    interface OnlineModes {
        boolean fullyOnline(String descriptorHash);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WorkingCalendar calendar;
    private final OnlineModes modes;

    FactFolder(WorkingCalendar calendar, OnlineModes modes) {
        this.calendar = calendar;
        this.modes = modes;
    }

    Folded fold(DossierRecord d, List<EventRecord> events) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("dossier " + d.code() + " has no events");
        }
        String channel = d.channel();
        String status = d.status();
        Instant received = null;
        Instant finished = null;
        Instant due = null;
        Instant newDue = null;
        String timing = null;
        String outcome = null;
        int supplements = 0;
        int apologies = 0;
        int attachments = 0;
        boolean stopWithoutReason = false;
        boolean paidOnline = false;
        List<Instant[]> stops = new ArrayList<>();
        List<HandoverFactRecord> handovers = new ArrayList<>();
        for (EventRecord e : events) {
            JsonNode p = payload(e);
            status = e.toState();
            attachments += p.path("attachments").size();
            switch (e.action()) {
                case "submit" -> {
                    String submitted = p.path("channel").asText(channel);
                    String hash = p.path("descriptorHash").asText(d.descriptorHash());
                    channel = "ONLINE".equals(submitted)
                            ? (modes.fullyOnline(hash) ? "ONLINE_FULL" : "ONLINE_PARTIAL")
                            : submitted;
                }
                case "accept" -> {
                    received = e.at();
                    due = instant(p, "appointment");
                }
                case "request-supplement" -> {
                    supplements++;
                    if ("PROCESSING".equals(e.fromState())) {
                        stops.add(new Instant[] {e.at(), null}); // the clock stops (domain.md §2)
                    }
                }
                case "supplement-received" -> {
                    if ("SUPPLEMENT_REQUESTED".equals(e.fromState())) {
                        if (!stops.isEmpty() && stops.get(stops.size() - 1)[1] == null) {
                            stops.get(stops.size() - 1)[1] = e.at();
                        }
                        Instant again = instant(p, "appointment");
                        due = again != null ? again : due;
                    }
                }
                case "issue-apology" -> {
                    apologies++;
                    newDue = instant(p, "newAppointment");
                }
                case "forward", "send-back", "approve", "reject" -> {
                    String stepTiming = text(p, "timing");
                    if (stepTiming != null) {
                        // Phiếu kiểm soát: every hand-over classed against its step's deadline (domain.md §3)
                        handovers.add(new HandoverFactRecord(e.dossierCode(), e.seq(), p.path("step").asText(""),
                                p.path("stepUnit").asText(e.unitCode() == null ? d.unitCode() : e.unitCode()), e.actor(),
                                e.at(), instant(p, "stepDueAt"), stepTiming));
                    }
                    String dossierTiming = text(p, "dossierTiming");
                    if (dossierTiming != null) {
                        timing = dossierTiming;
                        finished = e.at();
                        outcome = "approve".equals(e.action()) ? "APPROVED" : "REJECTED";
                    }
                }
                case "refuse" -> finished = e.at();
                case "pay" -> paidOnline = true; // the fee paid online at the gateway (decision 1130)
                case "withdraw" -> {
                    finished = e.at();
                    stopWithoutReason = e.note() == null || e.note().isBlank();
                    if (!stops.isEmpty() && stops.get(stops.size() - 1)[1] == null) {
                        stops.get(stops.size() - 1)[1] = e.at();
                    }
                }
                default -> {
                    // due-soon and overdue alerts, result-ready, return-result: no counted change
                }
            }
        }
        boolean inProgress = "PROCESSING".equals(status) || "SUPPLEMENT_REQUESTED".equals(status);
        Long used = null;
        Long limit = null;
        if (timing != null && received != null && due != null) {
            used = minutes(d.unitCode(), received, finished, stops);
            limit = minutes(d.unitCode(), received, due, stops);
        }
        int late = (int) handovers.stream().filter(h -> "LATE".equals(h.timing())).count();
        Instant dueSoon = due == null ? null : calendar.dueSoonFrom(d.unitCode(), due);
        DossierFactRecord fact = new DossierFactRecord(d.code(), d.unitCode(), d.procedureCode(), channel, status,
                events.get(0).at(), received, finished, due, dueSoon, newDue, inProgress,
                inProgress ? d.currentUnit() : null, timing, outcome, supplements, apologies, late, stopWithoutReason,
                attachments, used, limit, events.size(), paidOnline);
        return new Folded(fact, handovers);
    }

    /** Working minutes between two moments, less the working time the clock was stopped in between. */
    private long minutes(String unit, Instant from, Instant to, List<Instant[]> stops) {
        if (!to.isAfter(from)) {
            return 0;
        }
        Duration total = calendar.workingTimeBetween(unit, from, to);
        for (Instant[] s : stops) {
            Instant start = s[0].isBefore(from) ? from : s[0];
            Instant end = s[1] == null || s[1].isAfter(to) ? to : s[1];
            if (end.isAfter(start)) {
                total = total.minus(calendar.workingTimeBetween(unit, start, end));
            }
        }
        return Math.max(0, total.toMinutes());
    }

    private static JsonNode payload(EventRecord e) {
        try {
            return JSON.readTree(e.payloadJson() == null ? "{}" : e.payloadJson());
        } catch (IOException ex) {
            throw new UncheckedIOException("event " + e.seq() + " of " + e.dossierCode() + " has no readable payload", ex);
        }
    }

    private static String text(JsonNode p, String field) {
        JsonNode v = p.get(field);
        return v == null || v.isNull() || v.asText().isEmpty() || "null".equals(v.asText()) ? null : v.asText();
    }

    private static Instant instant(JsonNode p, String field) {
        String v = text(p, field);
        return v == null ? null : Instant.parse(v);
    }
}
