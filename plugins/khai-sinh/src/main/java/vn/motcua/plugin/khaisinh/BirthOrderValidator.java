package vn.motcua.plugin.khaisinh;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import vn.motcua.api.hook.FieldError;
import vn.motcua.api.hook.FormData;
import vn.motcua.api.hook.FormValidator;
import vn.motcua.api.hook.ProcedureHook;

/**
 * Cross-field rules of birth registration that the descriptor cannot say: the requester and each parent
 * were born in an earlier year than the child, and the mother and the father are declared at most once each.
 * Runs after the descriptor's rules passed, so the dates are valid ISO dates. Stateless, thread-safe.
 */
@Component(property = ProcedureHook.PROCEDURE_PROPERTY + "=" + BirthOrderValidator.CODE)
public class BirthOrderValidator implements FormValidator {
    static final String CODE = "1.001193";

    @Override
    public List<FieldError> validate(FormData data) {
        List<FieldError> errors = new ArrayList<>();
        Optional<LocalDate> child = data.text("ngaySinhTre").map(LocalDate::parse);
        if (child.isEmpty()) {
            return errors;
        }
        int childYear = child.get().getYear();
        data.text("ngaySinh").map(LocalDate::parse).filter(d -> d.getYear() >= childYear).ifPresent(d ->
                errors.add(new FieldError("ngaySinh", "birth_order",
                        "Năm sinh của người yêu cầu phải trước năm sinh của trẻ (" + childYear + ").")));
        List<FormData> parents = data.group("chaMe");
        Set<String> roles = new HashSet<>();
        for (int i = 0; i < parents.size(); i++) {
            FormData parent = parents.get(i);
            String prefix = "chaMe[" + i + "].";
            parent.text("ngaySinh").map(LocalDate::parse).filter(d -> d.getYear() >= childYear).ifPresent(d ->
                    errors.add(new FieldError(prefix + "ngaySinh", "birth_order",
                            "Năm sinh của cha, mẹ phải trước năm sinh của trẻ (" + childYear + ").")));
            parent.text("vaiTro").filter(role -> !roles.add(role)).ifPresent(role ->
                    errors.add(new FieldError(prefix + "vaiTro", "duplicate_parent",
                            "Thông tin " + ("me".equals(role) ? "người mẹ" : "người cha") + " đã được khai ở mục trước.")));
        }
        return errors;
    }
}
