package vn.motcua.engine;

import java.util.List;
import vn.motcua.api.hook.FieldError;

/** The submission (or the input of an action) is invalid; carries every field error at once. Nothing was stored. */
public class InvalidSubmissionException extends DossierEngineException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public InvalidSubmissionException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s): " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
