package vn.motcua.plugin.chungthuchoankiem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.api.procedure.Channel;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.testkit.ProcedureTestKit;

class ChungThucHoanKiemTest {
    private final ProcedureTestKit kit = ProcedureTestKit.fromClasspath().today(LocalDate.of(2025, 9, 15));

    @Test
    void overridesTheCityWideProcedureForHoanKiemOnly() {
        kit.assertNoProblems();
        ProcedureDefinition p = kit.procedure("2.000815");
        assertTrue(p.applicability().isOverride());
        assertEquals(List.of("00070"), p.applicability().units());
        assertTrue(p.disclosure().resultChannels().contains(Channel.ONLINE));
    }
}
