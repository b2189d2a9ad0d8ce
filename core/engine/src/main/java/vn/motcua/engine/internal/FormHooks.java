package vn.motcua.engine.internal;

import java.util.List;
import vn.motcua.api.hook.FormValidator;

/** The cross-field validators procedure bundles registered for a procedure code. */
@FunctionalInterface
public interface FormHooks {
    List<FormValidator> forProcedure(String procedureCode);
}
