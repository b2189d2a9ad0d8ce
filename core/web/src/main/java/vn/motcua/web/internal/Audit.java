package vn.motcua.web.internal;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.security.AuditLog;
import vn.motcua.security.StaffIdentity;

/** Security events of the HTTP layer (bundle operations, procedure switches, refused forgeries) to the audit log. */
final class Audit {

    private static final Logger FALLBACK = LoggerFactory.getLogger("motcua.audit");

    private final Supplier<AuditLog> log;

    Audit(Supplier<AuditLog> log) {
        this.log = log;
    }

    void record(ApiCall call, StaffIdentity who, String event, String detail) {
        String actor = who == null ? "-" : who.accountId();
        String client = call.client();
        AuditLog a = log.get();
        if (a == null) {
            // The security bundle is down; the event still reaches the operator's log.
            FALLBACK.info("{} by {} from {}: {}", event, actor, client, detail);
        } else {
            a.record(actor, event, detail, client);
        }
    }
}
