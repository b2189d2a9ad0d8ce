package vn.motcua.security;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Login, logout, anti-forgery tokens, bearer tokens and one's own password. Thread-safe. */
@ProviderType
public interface StaffSessions {

    /**
     * Checks the password and opens a session.
     *
     * @param client the client address, for throttling and the audit log
     * @throws LoginThrottledException too many recent failures for this account or client; not even checked
     * @throws LoginFailedException    unknown login, wrong password or inactive account (one answer for all three)
     */
    StaffSession login(String login, String password, String client);

    /** Ends the session; unknown ids are ignored. */
    void logout(String sessionId, String client);

    /** The live session of a cookie value, with a fresh identity; empty when expired or unknown. */
    Optional<StaffSession> session(String sessionId);

    /** Checks the anti-forgery token a cookie-authenticated, state-changing request carries. */
    CsrfCheck checkCsrf(String sessionId, String token);

    /**
     * Issues a bearer token acting for the account of a live session. Only a session mints tokens: a token cannot
     * mint tokens that would outlive its own revocation (issue 16).
     *
     * @param sessionId the session cookie's value
     * @param validity  how long it works; null for the platform's default (30 days), capped by its maximum (90 days)
     * @throws AccessDeniedException the session is unknown or has ended
     */
    IssuedToken issueToken(String sessionId, String name, Duration validity, String client);

    List<ApiToken> tokens(StaffIdentity who);

    /** @throws AccountNotFoundException no such token of {@code who} */
    void revokeToken(StaffIdentity who, String tokenId, String client);

    /**
     * Changes the password of a live session's account; ends the account's other sessions and revokes all its API
     * tokens (whoever learned the old password may have opened them). The session itself stays.
     *
     * @param sessionId the session cookie's value
     * @throws AccessDeniedException    the session is unknown or has ended (a bearer token cannot change a password)
     * @throws LoginFailedException     the current password is wrong
     * @throws InvalidAccountException  the new password is too short, too common or contains the login
     */
    void changePassword(String sessionId, String currentPassword, String newPassword, String client);
}
