package vn.motcua.security;

/** Input refused: {@link #field()} names what, the message says why (Vietnamese, for people). */
public class InvalidAccountException extends StaffSecurityException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidAccountException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
