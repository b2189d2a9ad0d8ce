package ${package};

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import vn.motcua.api.hook.FieldError;
import vn.motcua.api.hook.FormData;
import vn.motcua.api.hook.FormValidator;
import vn.motcua.api.hook.ProcedureHook;

/**
 * A cross-field rule the descriptor cannot say: an identity card cannot be issued before its holder was born.
 * Runs only after the descriptor's own rules passed, so both dates are valid ISO dates. The descriptor declares
 * {@code hooks: [validator]}, so the platform does not offer the procedure until this component is registered.
 */
@Component(property = ProcedureHook.PROCEDURE_PROPERTY + "=" + IssueDateValidator.CODE)
public class IssueDateValidator implements FormValidator {
    static final String CODE = "${procedureCode}";

    @Override
    public List<FieldError> validate(FormData data) {
        Optional<LocalDate> born = data.text("ngaySinh").map(LocalDate::parse);
        Optional<LocalDate> issued = data.text("ngayCap").map(LocalDate::parse);
        if (born.isPresent() && issued.isPresent() && issued.get().isBefore(born.get())) {
            return List.of(new FieldError("ngayCap", "issued_before_birth",
                    "Ngày cấp giấy tờ tùy thân không thể trước ngày sinh; vui lòng kiểm tra lại."));
        }
        return List.of();
    }
}
