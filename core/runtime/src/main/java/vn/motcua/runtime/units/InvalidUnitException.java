package vn.motcua.runtime.units;

/** A unit change was refused; {@link #field()} names what is wrong. */
public class InvalidUnitException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidUnitException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
