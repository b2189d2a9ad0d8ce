package vn.motcua.security;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** The security audit log: durable (database) and mirrored to the {@code motcua.audit} logger. Thread-safe. */
@ProviderType
public interface AuditLog {

    /** Records an event; {@code detail} must never carry a password or token. */
    void record(String actor, String event, String detail, String client);

    /** Newest first. Only a city administrator may read it ({@link AccessDeniedException} otherwise). */
    List<AuditEntry> recent(StaffIdentity reader, int limit, int offset);
}
