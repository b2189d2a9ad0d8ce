package vn.motcua.testkit.sample;

import java.util.Optional;
import vn.motcua.api.hook.AutomatedStep;
import vn.motcua.api.hook.FormData;

/** Stands in for a look-up in the civil status register: born before 1950 goes back to an officer, else on. */
public class CivilRegisterCheck implements AutomatedStep {
    @Override
    public Optional<String> perform(FormData data) {
        return data.text("ngaySinhVo").map(d -> d.compareTo("1950") < 0 ? "approve" : "forward");
    }
}
