package vn.motcua.testkit.sample;

import java.time.LocalDate;
import java.util.List;
import vn.motcua.api.hook.FieldError;
import vn.motcua.api.hook.FormData;
import vn.motcua.api.hook.FormValidator;

/** The marriage age rule the descriptor cannot say (Law on Marriage and Family 52/2014/QH13, Art. 8: a woman from 18). */
public class BrideAgeValidator implements FormValidator {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Override
    public List<FieldError> validate(FormData data) {
        return data.text("ngaySinhVo").map(LocalDate::parse).filter(born -> born.plusYears(18).isAfter(TODAY))
                .map(born -> List.of(new FieldError("ngaySinhVo", "marriage_age", "Bên nữ phải từ đủ 18 tuổi trở lên.")))
                .orElse(List.of());
    }
}
