package vn.motcua.api.hook;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A step that the system performs without an officer, e.g. a check against a register.
 * Registered with {@value ProcedureHook#PROCEDURE_PROPERTY} and {@value #STEP_PROPERTY}.
 */
@ConsumerType
public interface AutomatedStep extends ProcedureHook {

    /** Service property naming the step id the hook performs. */
    String STEP_PROPERTY = "motcua.step";

    /**
     * Performs the step.
     *
     * @param data the dossier's form data
     * @return the action to take (the name of a {@code StepAction} the step allows), or empty to leave the step to an officer
     */
    Optional<String> perform(FormData data);
}
