package vn.motcua.workspace.internal;

import java.util.function.Supplier;
import vn.motcua.security.AuditLog;

/** What the console's pages write to the audit log: who did what, from where. Nothing when the log is not there yet. */
final class AuditTrail {

    private final Supplier<AuditLog> log;

    AuditTrail(Supplier<AuditLog> log) {
        this.log = log;
    }

    void record(Req r, String event, String detail) {
        AuditLog a = log.get();
        if (a != null) {
            a.record(r.who.accountId(), event, detail, r.client());
        }
    }
}
