package vn.motcua.security;

/** The actor's roles do not allow the operation. */
public class AccessDeniedException extends StaffSecurityException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
