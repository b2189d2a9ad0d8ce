package vn.motcua.storage;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A procedure switched off at one unit.
 *
 * @param procedureCode the procedure
 * @param unitCode      the unit
 * @param reason        the administrator's reason; null when none was given
 * @param until         the announced last day of the pause; null when none was given
 */
public record ProcedureSwitchRecord(String procedureCode, String unitCode, String reason, LocalDate until) {
    public ProcedureSwitchRecord {
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(unitCode, "unitCode");
    }
}
