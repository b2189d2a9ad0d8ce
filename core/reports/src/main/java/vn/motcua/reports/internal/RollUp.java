package vn.motcua.reports.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.storage.DossierFactRecord;
import vn.motcua.storage.DossierStore;
import vn.motcua.storage.FedEvent;
import vn.motcua.storage.HandoverFactRecord;
import vn.motcua.storage.ReportStore;
import vn.motcua.storage.SettledMark;

/**
 * The periodic roll-up (decisions 1000, 1011): follows the events by their id from its event mark, folds the dossiers
 * they belong to into report facts, a page at a time, and moves the marks with the facts in one transaction. Ids can
 * commit out of order, so the mark stops before a gap that may still fill ({@link SettledMark}, settling time twice
 * {@code settle}); the events after it are read and their dossiers folded again next pass. Folding again is harmless
 * (the facts of a dossier are replaced), so a crash between passes loses nothing. Not reentrant: one caller at a time
 * (the component serialises passes).
 */
final class RollUp {

    static final String WATERMARK = "dossier-facts";
    private static final int PAGE = 2000;

    private final DossierStore dossiers;
    private final ReportStore reports;
    private final FactFolder folder;
    private final Clock clock;
    private final Duration settle;

    RollUp(DossierStore dossiers, ReportStore reports, FactFolder folder, Clock clock, Duration settle) {
        this.dossiers = dossiers;
        this.reports = reports;
        this.folder = folder;
        this.clock = clock;
        this.settle = settle;
    }

    /** @return how many dossiers were folded */
    synchronized int run() {
        Instant now = clock.instant();
        Instant asOf = now.minus(settle);
        long cursor = reports.eventMark(WATERMARK);
        SettledMark settled = new SettledMark(cursor, now.minus(settle.multipliedBy(2)));
        int folded = 0;
        while (true) {
            List<FedEvent> page = reports.eventsAfter(cursor, PAGE);
            Set<String> codes = new LinkedHashSet<>();
            for (FedEvent e : page) {
                codes.add(e.dossierCode());
                settled.read(e);
            }
            List<DossierFactRecord> facts = new ArrayList<>(codes.size());
            List<HandoverFactRecord> handovers = new ArrayList<>();
            if (!codes.isEmpty()) {
                dossiers.inTransaction(tx -> {
                    for (String code : codes) {
                        tx.dossier(code).ifPresent(d -> {
                            FactFolder.Folded f = folder.fold(d, tx.events(code));
                            facts.add(f.fact());
                            handovers.addAll(f.handovers());
                        });
                    }
                    return null;
                });
            }
            boolean last = page.size() < PAGE;
            // The time watermark says up to when the figures are complete: only once the last page is folded.
            reports.saveFacts(facts, handovers, WATERMARK, last ? asOf : null, settled.mark());
            folded += facts.size();
            if (last) {
                return folded;
            }
            cursor = page.get(page.size() - 1).id();
        }
    }
}
