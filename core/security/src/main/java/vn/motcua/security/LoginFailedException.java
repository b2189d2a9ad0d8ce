package vn.motcua.security;

/** Unknown login, wrong password or inactive account: deliberately one answer, so logins cannot be probed. */
public class LoginFailedException extends StaffSecurityException {
    private static final long serialVersionUID = 1L;

    public LoginFailedException() {
        super("login failed");
    }
}
