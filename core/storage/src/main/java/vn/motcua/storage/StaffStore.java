package vn.motcua.storage;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Durable staff accounts, their roles per unit, sessions, API tokens, failed logins and the security audit log.
 * The security bundle is the only intended client. Each method is one transaction; thread-safe; shared by all
 * nodes on the same database, so throttling and session revocation hold across nodes.
 *
 * <p>Every method that changes an account (creation, password, activity, name, roles) takes a {@link ChangedBy} and
 * appends the audit entry in the same transaction as the change: whoever calls the store, the change is in the audit
 * log ({@code account_created}, {@code password_changed}, {@code account_activated}, {@code account_deactivated},
 * {@code display_name_changed}, {@code roles_changed} with the roles before and after). Every audit entry is also
 * mirrored to the {@code motcua.audit} logger with control characters neutralised.
 */
@ProviderType
public interface StaffStore {

    /** @throws DuplicateKeyException the login exists */
    void insertAccount(StaffAccountRecord account, Collection<StaffRoleRecord> roles, ChangedBy by);

    Optional<StaffAccountRecord> account(String login);

    /** Every account, by login. */
    List<StaffAccountRecord> accounts();

    /** Number of accounts; 0 on an empty database. */
    long accountCount();

    /** @return false when there is no such account */
    boolean updatePassword(String login, String passwordHash, ChangedBy by);

    /** @return false when there is no such account */
    boolean setActive(String login, boolean active, ChangedBy by);

    /** @return false when there is no such account */
    boolean updateDisplayName(String login, String displayName, ChangedBy by);

    List<StaffRoleRecord> roles(String login);

    /** Roles of all accounts (for listings, without one query per account). */
    List<StaffRoleRecord> allRoles();

    /** Replaces the account's roles in {@code unitCodes} with {@code roles} (which must lie in those units), atomically. */
    void replaceRoles(String login, Collection<String> unitCodes, Collection<StaffRoleRecord> roles, ChangedBy by);

    void insertSession(StaffSessionRecord session);

    Optional<StaffSessionRecord> session(String idHash);

    /** Moves the idle clock of a session. */
    void touchSession(String idHash, Instant lastSeen);

    void deleteSession(String idHash);

    /** Ends every session of the account (deactivation, password reset). */
    int deleteSessions(String login);

    /** Ends every session of the account but the one whose id hashes to {@code keepIdHash} (one's own password change). */
    int deleteOtherSessions(String login, String keepIdHash);

    /** Deletes sessions whose absolute expiry or idle limit has passed. */
    int deleteExpiredSessions(Instant now, Instant idleBefore);

    void insertApiToken(StaffApiTokenRecord token);

    Optional<StaffApiTokenRecord> apiTokenByHash(String tokenHash);

    List<StaffApiTokenRecord> apiTokens(String login);

    /** @return false when the token does not exist or belongs to another account */
    boolean revokeApiToken(String id, String login);

    /** Revokes every token of the account. */
    int revokeApiTokens(String login);

    void recordLoginFailure(String throttleKey, Instant at);

    /** Failures of the key at or after {@code since}, oldest first. */
    List<Instant> loginFailures(String throttleKey, Instant since);

    void clearLoginFailures(String throttleKey);

    /** Forgets failures older than {@code before}, everywhere. */
    int pruneLoginFailures(Instant before);

    void appendAudit(AuditRecord record);

    /** The newest audit records first. */
    List<AuditRecord> audit(int limit, int offset);
}
