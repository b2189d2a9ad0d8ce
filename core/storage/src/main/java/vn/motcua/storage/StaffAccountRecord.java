package vn.motcua.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * A staff account as stored.
 *
 * @param login        account id, unique, lower case
 * @param displayName  name shown in the workspace and in dossier history
 * @param passwordHash the password in the hasher's encoded form (argon2id); never a plain password
 * @param active       false once deactivated: cannot log in, sessions and tokens no longer authenticate
 * @param createdAt    when created
 */
public record StaffAccountRecord(String login, String displayName, String passwordHash, boolean active, Instant createdAt) {
    public StaffAccountRecord {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Redacted: a hash in a log line is still something to crack. */
    @Override
    public String toString() {
        return "StaffAccountRecord[login=" + login + ", displayName=" + displayName + ", active=" + active + "]";
    }
}
