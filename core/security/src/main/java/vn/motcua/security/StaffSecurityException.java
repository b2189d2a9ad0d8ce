package vn.motcua.security;

/** Root of the security exceptions. Messages are for logs and never contain a password or token. */
public class StaffSecurityException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StaffSecurityException(String message) {
        super(message);
    }
}
