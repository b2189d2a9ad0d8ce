package vn.motcua.api.hook;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A cross-field rule of one procedure, run after the declarative rules of the descriptor passed.
 * Implementations must be thread-safe and side-effect free: the core may call them concurrently and
 * more than once for one submission.
 */
@ConsumerType
public interface FormValidator extends ProcedureHook {

    /**
     * Checks submitted form data.
     *
     * @param data the submitted values, already checked against the descriptor's field rules
     * @return every problem found, empty when the data is acceptable; messages in Vietnamese
     */
    List<FieldError> validate(FormData data);
}
