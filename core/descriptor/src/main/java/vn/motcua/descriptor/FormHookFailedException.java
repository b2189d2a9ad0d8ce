package vn.motcua.descriptor;

/**
 * A procedure bundle's {@link vn.motcua.api.hook.FormValidator} threw instead of returning errors. This is
 * a fault of the bundle, not of the applicant's data, so it is not turned into a field error.
 */
public class FormHookFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FormHookFailedException(String hook, RuntimeException cause) {
        super("form validator " + hook + " failed: " + cause, cause);
    }
}
