package vn.motcua.security;

/** No such account (or token), or none the actor may manage: the two are indistinguishable on purpose. */
public class AccountNotFoundException extends StaffSecurityException {
    private static final long serialVersionUID = 1L;

    public AccountNotFoundException(String login) {
        super("no such account: " + login);
    }
}
