/**
 * Java hooks for what a descriptor cannot say: a cross-field rule, an automated step.
 *
 * <p>A bundle registers a hook as an OSGi service with the property {@value ProcedureHook#PROCEDURE_PROPERTY}
 * set to the procedure code it serves, for example with Declarative Services:
 * <pre>{@code
 * @Component(property = ProcedureHook.PROCEDURE_PROPERTY + "=1.001193")
 * public class BirthDateValidator implements FormValidator {
 *     public List<FieldError> validate(FormData data) { ... }
 * }
 * }</pre>
 * The core binds hooks dynamically: a descriptor whose hook is not registered yet is "waiting", not broken.
 */
@Export
@Version("1.0.0")
package vn.motcua.api.hook;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
