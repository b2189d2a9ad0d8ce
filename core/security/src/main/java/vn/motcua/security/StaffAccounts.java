package vn.motcua.security;

import java.util.List;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Account administration. Every method takes the acting administrator and enforces who may do what: a city
 * administrator manages every account; a unit administrator sees the accounts with a role in a unit they administer
 * but changes only those whose every role is in such units (an account that also works elsewhere is refused with
 * {@link AccessDeniedException}: only a city administrator changes it), grants only roles in those units, never
 * {@link StaffRole#CITY_ADMIN}, and never a processing role to their own account (decisions 1601, 1602). An account
 * the actor does not see does not exist for them ({@link AccountNotFoundException}). Thread-safe; every change is
 * audited by the store in its own transaction.
 *
 * @throws AccessDeniedException the actor is no administrator, or asks for something beyond their units
 */
@ProviderType
public interface StaffAccounts {

    List<StaffAccount> list(StaffIdentity actor);

    StaffAccount get(StaffIdentity actor, String login);

    /**
     * @throws AccountConflictException the login exists
     * @throws InvalidAccountException  bad login, weak password or no role
     */
    CreatedAccount create(StaffIdentity actor, NewAccount account, String client);

    /** Replaces the account's roles in the units the actor administers (every unit for a city administrator). */
    StaffAccount replaceRoles(StaffIdentity actor, String login, Set<RoleGrant> grants, String client);

    /**
     * Sets a new password (generated when {@code newPassword} is null) and ends the account's sessions and tokens.
     */
    CreatedAccount resetPassword(StaffIdentity actor, String login, String newPassword, String client);

    /** Deactivating ends the account's sessions and revokes its tokens. */
    StaffAccount setActive(StaffIdentity actor, String login, boolean active, String client);
}
