package vn.motcua.engine.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import vn.motcua.engine.evaluation.OfficerEvaluation;
import vn.motcua.engine.evaluation.Satisfaction;
import vn.motcua.engine.evaluation.SatisfactionReport;
import vn.motcua.engine.evaluation.StaffEvaluation;
import vn.motcua.engine.evaluation.StepTimeliness;
import vn.motcua.storage.EvaluationRecord;
import vn.motcua.storage.EventRecord;
import vn.motcua.storage.StaffEvaluationStore;

/**
 * {@link StaffEvaluation} from the events: a hand-over event (it carries {@code timing} in its payload, written when
 * the step ended, decision 0801) is the officer's step; its actor is who handled the step. Plain Java, thread-safe.
 */
public final class StoredStaffEvaluation implements StaffEvaluation {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final StaffEvaluationStore store;
    private final Json json = new Json();

    public StoredStaffEvaluation(StaffEvaluationStore store) {
        this.store = store;
    }

    @Override
    public OfficerEvaluation officer(String login, LocalDate from, LocalDate to) {
        List<EventRecord> events = store.eventsBy(login, start(from, to), end(to));
        Set<String> dossiers = new TreeSet<>();
        Map<String, int[]> steps = new TreeMap<>();
        Set<String> lateIn = new HashSet<>();
        for (EventRecord e : events) {
            dossiers.add(e.dossierCode());
            Map<String, Object> p = json.readMap(e.payloadJson());
            Object timing = p.get("timing");
            if (timing == null || "null".equals(timing)) {
                continue;
            }
            int[] c = steps.computeIfAbsent(String.valueOf(p.get("step")), k -> new int[3]);
            switch (String.valueOf(timing)) {
                case "EARLY" -> c[0]++;
                case "ON_TIME" -> c[1]++;
                default -> {
                    c[2]++;
                    lateIn.add(e.dossierCode());
                }
            }
        }
        int apologies = lateIn.isEmpty() ? 0 : store.apologised(lateIn).size();
        Satisfaction satisfaction = Satisfaction.empty(login);
        for (EvaluationRecord r : dossiers.isEmpty() ? List.<EvaluationRecord>of() : store.evaluationsOf(dossiers)) {
            satisfaction = satisfaction.plus(r.overall());
        }
        return new OfficerEvaluation(login, from, to, dossiers.size(),
                steps.entrySet().stream().map(x -> new StepTimeliness(x.getKey(), x.getValue()[0], x.getValue()[1], x.getValue()[2])).toList(),
                apologies, satisfaction, List.copyOf(dossiers));
    }

    @Override
    public SatisfactionReport satisfaction(Collection<String> units, Collection<String> officers, LocalDate from, LocalDate to) {
        List<EvaluationRecord> rated = store.evaluations(units, start(from, to), end(to));
        List<Satisfaction> byOfficer = officers.stream().sorted().distinct().map(o -> officer(o, from, to).satisfaction()).toList();
        return new SatisfactionReport(group(rated, EvaluationRecord::unitCode), group(rated, EvaluationRecord::procedureCode), byOfficer);
    }

    private static List<Satisfaction> group(List<EvaluationRecord> rated, Function<EvaluationRecord, String> key) {
        Map<String, Satisfaction> out = new TreeMap<>();
        for (EvaluationRecord r : rated) {
            out.merge(key.apply(r), Satisfaction.empty(key.apply(r)).plus(r.overall()), (a, b) -> a.plus(r.overall()));
        }
        return List.copyOf(out.values());
    }

    private static Instant start(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 365) {
            throw new IllegalArgumentException("the period must run forward and cover at most 366 days: " + from + " – " + to);
        }
        return from.atStartOfDay(VIETNAM).toInstant();
    }

    private static Instant end(LocalDate to) {
        return to.plusDays(1).atStartOfDay(VIETNAM).toInstant();
    }
}
