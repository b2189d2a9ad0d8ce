package vn.motcua.reports.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.storage.ChangedDossier;
import vn.motcua.storage.DossierFactRecord;
import vn.motcua.storage.DossierStore;
import vn.motcua.storage.HandoverFactRecord;
import vn.motcua.storage.ReportStore;

/**
 * The periodic roll-up (decision 1000): folds the dossiers whose row changed since the watermark into report facts, a
 * page at a time, and moves the watermark with the facts in one transaction. It reads only up to {@code now - settle}:
 * a transaction that stamped its change earlier but commits later is still seen by the next pass. Folding again is
 * harmless (the facts of a dossier are replaced), so a crash between passes loses nothing. Not reentrant: one caller
 * at a time (the component serialises passes).
 */
final class RollUp {

    static final String WATERMARK = "dossier-facts";
    private static final int PAGE = 500;

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
        Instant until = clock.instant().minus(settle);
        Optional<Instant> mark = reports.watermark(WATERMARK);
        Instant since = mark.orElse(null);
        String after = "";
        int folded = 0;
        while (true) {
            List<ChangedDossier> page = reports.changedDossiers(since, after, until, PAGE);
            if (page.isEmpty()) {
                break;
            }
            List<DossierFactRecord> facts = new ArrayList<>(page.size());
            List<HandoverFactRecord> handovers = new ArrayList<>();
            dossiers.inTransaction(tx -> {
                for (ChangedDossier c : page) {
                    tx.dossier(c.code()).ifPresent(d -> {
                        FactFolder.Folded f = folder.fold(d, tx.events(c.code()));
                        facts.add(f.fact());
                        handovers.addAll(f.handovers());
                    });
                }
                return null;
            });
            ChangedDossier last = page.get(page.size() - 1);
            // The watermark moves to the last folded change; rows at that same instant after it are next page's.
            reports.saveFacts(facts, handovers, WATERMARK, page.size() < PAGE ? until : last.updatedAt());
            folded += facts.size();
            since = last.updatedAt();
            after = last.code();
            if (page.size() < PAGE) {
                return folded;
            }
        }
        if (mark.isEmpty() || mark.get().isBefore(until)) {
            reports.saveFacts(List.of(), List.of(), WATERMARK, until);
        }
        return folded;
    }
}
