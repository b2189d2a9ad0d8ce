package vn.motcua.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.motcua.engine.DossierAction.APPROVE;
import static vn.motcua.engine.DossierAction.FORWARD;
import static vn.motcua.reports.internal.ReportFixture.WARD;
import static vn.motcua.reports.internal.ReportFixture.at;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.storage.DossierFactRecord;
import vn.motcua.storage.FigureRow;
import vn.motcua.storage.ReportFigure;
import vn.motcua.storage.ReportFilter;
import vn.motcua.storage.ReportGrouping;
import vn.motcua.storage.TestDatabases;

/**
 * The recount (decision 1000): after incremental roll-ups, every stored fact equals a fresh fold of the dossier's events,
 * the monthly figures equal a count over the facts, and each count equals the length of the list behind it; on H2 and
 * PostgreSQL.
 */
class RecountTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void figuresEqualARecountFromTheEventsAfterIncrementalRollUps(TestDatabases db) {
        try (ReportFixture f = new ReportFixture(db, dir)) {
            var d = rolledUpThenD9DecidedInJune(f);
            Instant now = at("2026-06-04T09:00");
            f.clock.set(now);
            assertEquals(1, f.rollUp.run(), "only the changed dossier is folded again");
            assertEquals(0, f.rollUp.run(), "nothing changed since");

            f.store.inTransaction(tx -> {
                for (String code : d.values()) {
                    DossierFactRecord fresh = f.folder.fold(tx.dossier(code).orElseThrow(), tx.events(code)).fact();
                    assertEquals(fresh, f.reports.fact(code).orElseThrow(), "stored facts of " + code);
                }
                return null;
            });
            for (ReportFilter filter : List.of(new ReportFilter(List.of(), null, 202601, 202612),
                    new ReportFilter(List.of(WARD), ReportFixture.PERMIT, 202605, 202606),
                    new ReportFilter(List.of("00070"), null, 202604, 202606))) {
                for (ReportGrouping g : ReportGrouping.values()) {
                    assertEquals(f.reports.recount(filter, g, now), f.reports.figures(filter, g, now), filter + " by " + g);
                }
                FigureRow total = f.reports.recount(filter, ReportGrouping.TOTAL, now).stream().findFirst().orElse(null);
                for (ReportFigure figure : ReportFigure.values()) {
                    long count = total == null ? 0 : total.count(figure);
                    assertEquals(count, f.reports.dossiers(filter, figure, now, 0, 1000).size(), figure + " number and list");
                }
            }
            FigureRow june = f.reports.figures(new ReportFilter(List.of(WARD), null, 202606, 202606), ReportGrouping.TOTAL, now).get(0);
            assertEquals(1, june.count(ReportFigure.FINISHED));
            f.reports.rebuildMonthly();
            assertEquals(f.reports.recount(new ReportFilter(List.of(), null, 202601, 202612), ReportGrouping.UNIT, now),
                    f.reports.figures(new ReportFilter(List.of(), null, 202601, 202612), ReportGrouping.UNIT, now));
        }
    }

    /**
     * The fixture's dossiers rolled up on 26/5, then D9 appraised at the ward and SXD and decided in June: later changes
     * that move a dossier between figures, months and officers' months (not rolled up yet).
     */
    static java.util.Map<String, String> rolledUpThenD9DecidedInJune(ReportFixture f) {
        var d = ReportFiguresTest.load(f);
        f.clock.set(at("2026-05-26T09:00"));
        f.rollUp.run();
        f.act(d.get("D9"), "2026-06-02T09:00", FORWARD, ReportFixture.specialist());
        f.act(d.get("D9"), "2026-06-02T10:00", FORWARD, ReportFixture.sxd());
        f.act(d.get("D9"), "2026-06-03T09:00", APPROVE, ReportFixture.leader());
        return d;
    }
}
