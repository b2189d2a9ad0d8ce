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
     * Issues a bearer token acting for {@code who}.
     *
     * @param validity how long it works; capped by the platform's maximum
     */
    IssuedToken issueToken(StaffIdentity who, String name, Duration validity, String client);

    List<ApiToken> tokens(StaffIdentity who);

    /** @throws AccountNotFoundException no such token of {@code who} */
    void revokeToken(StaffIdentity who, String tokenId, String client);

    /**
     * Changes one's own password; ends one's other sessions and tokens stay.
     *
     * @throws LoginFailedException     the current password is wrong
     * @throws InvalidAccountException  the new password is too weak
     */
    void changePassword(StaffIdentity who, String currentPassword, String newPassword, String client);
}
