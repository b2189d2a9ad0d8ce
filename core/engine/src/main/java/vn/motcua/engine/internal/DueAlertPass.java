package vn.motcua.engine.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import vn.motcua.engine.DossierEngine;
import vn.motcua.engine.DueAlert;

/**
 * One due-soon/overdue pass: claims the alerts whose time has come, in batches until none is left, and logs one line
 * per claimed alert with the unit and dossier in the MDC (decision 0007). Safe to run on several nodes at once: the
 * engine hands each alert to exactly one claimer and records it on the dossier (history event, alert level).
 */
final class DueAlertPass {

    private static final Logger LOG = LoggerFactory.getLogger(DueAlertPass.class);

    private final DossierEngine engine;
    private final int batch;

    DueAlertPass(DossierEngine engine, int batch) {
        this.engine = engine;
        this.batch = batch;
    }

    /** Runs the pass; returns the number of alerts this node claimed. */
    int run() {
        int total = 0;
        List<DueAlert> claimed;
        do {
            claimed = engine.claimDueAlerts(batch);
            for (DueAlert a : claimed) {
                log(a);
            }
            total += claimed.size();
            // A full batch may mean more are due; a short one means the index range is empty (or others took the rest).
        } while (claimed.size() == batch);
        return total;
    }

    private static void log(DueAlert a) {
        MDC.put("unit", String.valueOf(a.unitCode()));
        MDC.put("dossier", a.code());
        try {
            LOG.info("{} ({}): hạn {}, vai trò {}", a.kind() == DueAlert.Kind.OVERDUE ? "Quá hạn" : "Sắp đến hạn",
                    a.kind(), a.dueAt(), a.role());
        } finally {
            MDC.remove("unit");
            MDC.remove("dossier");
        }
    }
}
