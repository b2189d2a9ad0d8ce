package vn.motcua.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.motcua.reports.internal.ReportFixture.WARD;
import static vn.motcua.reports.internal.ReportFixture.at;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.storage.DossierFactRecord;
import vn.motcua.storage.HandoverFactRecord;
import vn.motcua.storage.OfficerFigures;
import vn.motcua.storage.ReportFigure;
import vn.motcua.storage.ReportFilter;
import vn.motcua.storage.TestDatabases;

/**
 * The lists of decision 1012 on H2 and PostgreSQL: the streamed export gives the very rows of the paged list, in its
 * order; the officers' months kept by the roll-up equal a count over a fresh fold of every dossier's hand-overs.
 */
class ReportListsTest {

    private static final List<ReportFilter> FILTERS = List.of(new ReportFilter(List.of(), null, 202601, 202612),
            new ReportFilter(List.of(WARD), ReportFixture.PERMIT, 202605, 202606),
            new ReportFilter(List.of("00070", WARD), null, 202604, 202606), new ReportFilter(List.of(), ReportFixture.PERMIT, 202604, 202605));

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void theStreamedExportGivesThePagedListsRowsInTheSameOrder(TestDatabases db) {
        try (ReportFixture f = new ReportFixture(db, dir)) {
            ReportFiguresTest.load(f);
            Instant now = at("2026-06-04T09:00");
            f.clock.set(now);
            f.rollUp.run();
            int nonEmpty = 0;
            for (ReportFilter filter : FILTERS) {
                for (ReportFigure figure : ReportFigure.values()) {
                    List<DossierFactRecord> paged = f.reports.dossiers(filter, figure, now, 0, 1000);
                    List<DossierFactRecord> streamed = new ArrayList<>();
                    f.reports.eachDossier(filter, figure, now, 1000, streamed::add);
                    assertEquals(paged, streamed, figure + " of " + filter);
                    List<DossierFactRecord> firstTwo = new ArrayList<>();
                    f.reports.eachDossier(filter, figure, now, 2, firstTwo::add);
                    assertEquals(paged.subList(0, Math.min(2, paged.size())), firstTwo, "the limit, " + figure + " of " + filter);
                    nonEmpty += paged.size() > 1 ? 1 : 0;
                }
            }
            // the comparison means something only over lists with an order to keep
            assertEquals(true, nonEmpty > 10, "lists of two or more dossiers: " + nonEmpty);
        }
    }

    /**
     * A figure with three dossiers among 60 spread over 12 units and 4 months is read through its three cells (decision
     * 1013), not by a walk of the period: the list is still exactly its dossiers, newest first, paged or streamed.
     */
    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aRareFigureCityWideListsItsFewDossiersNewestFirst(TestDatabases db) {
        try (ReportFixture f = new ReportFixture(db, dir)) {
            List<DossierFactRecord> facts = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String unit = String.format("U%02d", i % 12);
                Instant submitted = at(String.format("2026-%02d-%02dT09:%02d", 3 + i % 4, 2 + i / 4, i));
                facts.add(withdrawn(String.format("R%03d", i), unit, submitted, i == 5 || i == 22 || i == 47 ? 2 : 1));
            }
            f.reports.saveFacts(facts, List.of(), "test", null, -1);
            ReportFilter city = new ReportFilter(List.of(), null, 202601, 202612);
            Instant now = at("2026-08-01T09:00");
            // R047 arrived 13/6, R022 7/5, R005 3/4
            assertEquals(List.of("R047", "R022", "R005"), codes(f.reports.dossiers(city, ReportFigure.SUPPLEMENT_TWICE, now, 0, 51)));
            assertEquals(List.of("R022"), codes(f.reports.dossiers(city, ReportFigure.SUPPLEMENT_TWICE, now, 1, 1)));
            List<DossierFactRecord> streamed = new ArrayList<>();
            f.reports.eachDossier(city, ReportFigure.SUPPLEMENT_TWICE, now, 2, streamed::add);
            assertEquals(List.of("R047", "R022"), codes(streamed));
            // within units and a procedure: only their cells
            ReportFilter two = new ReportFilter(List.of("U05", "U10"), ReportFixture.PERMIT, 202604, 202605);
            assertEquals(List.of("R022", "R005"), codes(f.reports.dossiers(two, ReportFigure.SUPPLEMENT_TWICE, now, 0, 51)));
            // a common figure keeps its order too
            assertEquals(60, f.reports.dossiers(city, ReportFigure.SUPPLEMENT_REQUESTED, now, 0, 100).size());
            assertEquals("R059", f.reports.dossiers(city, ReportFigure.SUPPLEMENT_REQUESTED, now, 0, 1).get(0).dossierCode());
        }
    }

    private static DossierFactRecord withdrawn(String code, String unit, Instant submitted, int supplements) {
        return new DossierFactRecord(code, unit, ReportFixture.PERMIT, "COUNTER", "WITHDRAWN", submitted, submitted,
                submitted.plusSeconds(3600), null, null, null, false, null, null, null, supplements, 0, 0, false, 0, null, null,
                3, false);
    }

    private static List<String> codes(List<DossierFactRecord> facts) {
        return facts.stream().map(DossierFactRecord::dossierCode).toList();
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void theOfficersMonthsEqualACountOverTheHandoversAfterIncrementalRollUps(TestDatabases db) {
        try (ReportFixture f = new ReportFixture(db, dir)) {
            // D9 is handed over at the ward and SXD in June: the officers' months of both units change
            var d = RecountTest.rolledUpThenD9DecidedInJune(f);
            f.clock.set(at("2026-06-04T09:00"));
            f.rollUp.run();
            List<HandoverFactRecord> all = f.store.inTransaction(tx -> d.values().stream()
                    .flatMap(code -> f.folder.fold(tx.dossier(code).orElseThrow(), tx.events(code)).handovers().stream()).toList());
            for (ReportFilter filter : FILTERS) {
                assertEquals(count(all, filter), f.reports.officers(filter, 100), "officers of " + filter);
            }
            List<OfficerFigures> city = f.reports.officers(FILTERS.get(0), 100);
            f.reports.rebuildMonthly();
            assertEquals(city, f.reports.officers(FILTERS.get(0), 100), "after a rebuild");
        }
    }

    /** Hand-overs per officer and unit in the filter's units and months, most first, then by officer. */
    private static List<OfficerFigures> count(List<HandoverFactRecord> all, ReportFilter filter) {
        Map<String, long[]> byOfficer = new TreeMap<>();
        for (HandoverFactRecord h : all) {
            int month = ReportFilter.monthOf(h.handedOverAt());
            if (month < filter.fromMonth() || month > filter.toMonth()
                    || !filter.units().isEmpty() && !filter.units().contains(h.unitCode())) {
                continue;
            }
            long[] n = byOfficer.computeIfAbsent(h.actor() + "\n" + h.unitCode(), k -> new long[3]);
            n[switch (h.timing()) {
                case "EARLY" -> 0;
                case "ON_TIME" -> 1;
                default -> 2;
            }]++;
        }
        return byOfficer.entrySet().stream().map(e -> new OfficerFigures(e.getKey().split("\n")[0], e.getKey().split("\n")[1],
                        e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparingLong((OfficerFigures o) -> -(o.early() + o.onTime() + o.late()))
                        .thenComparing(OfficerFigures::actor))
                .toList();
    }
}
