package vn.motcua.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.testkit.ProcedureTestKit.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.api.procedure.Role;

/** Issue 12: appointments and step budgets in the kit on the platform's working calendar, with a fixed clock. */
class KitCalendarTest {
    private static final String CODE = "1.000894";
    /** Friday before Giỗ Tổ (compensatory Mon 27/04/2026) and the 30/4–3/5 holidays. */
    private static final LocalDateTime FRIDAY = LocalDateTime.of(2026, 4, 24, 14, 0);

    private static ProcedureTestKit kit() throws Exception {
        return ProcedureTestKit.loadBundle(Path.of(KitCalendarTest.class.getResource("/bundles/ket-hon").toURI()),
                KitCalendarTest.class.getClassLoader()).receivedAt(FRIDAY);
    }

    @Test
    void theAppointmentSkipsWeekendsAndTheOfficialHolidays() throws Exception {
        // 3 working days from Friday 14:00: Tue 28, Wed 29, then Mon 04/05 (27/04 and 30/04–03/05 are off).
        assertEquals(LocalDate.of(2026, 5, 4), kit().appointment(CODE).toLocalDate());
    }

    @Test
    void aRunHasTheAppointmentClassesHandOversAndTheLeaderExtendsOnce() throws Exception {
        DossierRun run = kit().startDossier(CODE, data("ngaySinhVo", "2000-06-01")).assertAt("ky");
        assertEquals(LocalDate.of(2026, 5, 4), run.appointment().toLocalDate());
        assertEquals(List.of("tra-cuu: EARLY"), run.handovers(), "the automated check ran at receipt");
        run.at(LocalDateTime.of(2026, 5, 8, 10, 0)).act(Role.LEADER, "extend");
        assertEquals(LocalDate.of(2026, 5, 11), run.appointment().toLocalDate(), "5 working days after 04/05");
        AssertionError twice = assertThrows(AssertionError.class, () -> run.extend("lần hai"));
        assertTrue(twice.getMessage().contains("once"), twice.getMessage());
        run.act(Role.LEADER, "approve").assertFinishedWith("approve").assertFinishedOnTime();
        assertEquals(List.of("tra-cuu: EARLY", "ky: LATE"), run.handovers(), "the signature step had 4 working hours");
    }

    @Test
    void withoutTheExtensionTheSameRunIsLate() throws Exception {
        DossierRun run = kit().startDossier(CODE, data("ngaySinhVo", "2000-06-01"));
        run.at(LocalDateTime.of(2026, 5, 8, 10, 0)).act(Role.LEADER, "approve");
        AssertionError late = assertThrows(AssertionError.class, run::assertFinishedOnTime);
        assertTrue(late.getMessage().contains("after the appointment"), late.getMessage());
    }

    @Test
    void theDeploymentsOwnCalendarCounts(@TempDir Path config) throws IOException, Exception {
        Path shipped = Path.of("../../config/calendar");
        Files.createDirectories(config.resolve("calendar"));
        Files.copy(shipped.resolve("settings.yaml"), config.resolve("calendar/settings.yaml"));
        Files.writeString(config.resolve("calendar/2026.yaml"), Files.readString(shipped.resolve("2026.yaml"))
                .replace("nonWorkingDays:\n", "nonWorkingDays:\n  - { date: \"2026-05-04\", reason: \"Nghỉ theo quyết định của thành phố (kiểm thử)\" }\n"));
        assertEquals(LocalDate.of(2026, 5, 5), kit().withCalendar(config).appointment(CODE).toLocalDate());
    }
}
