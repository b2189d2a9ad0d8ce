package vn.motcua.security;

/** The login is taken, or the change would lock the actor out (removing their own administrator role). */
public class AccountConflictException extends StaffSecurityException {
    private static final long serialVersionUID = 1L;

    public AccountConflictException(String message) {
        super(message);
    }
}
