package vn.motcua.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.motcua.engine.StaffPrincipal;

/** The one mapping of an authenticated account to the engine's staff principal (decision 1310). */
class StaffIdentityPrincipalTest {

    @Test
    void everyRoleHasTheEnginesDutyOfTheSameName() {
        assertEquals(Arrays.stream(StaffRole.values()).map(Enum::name).collect(Collectors.toSet()),
                Arrays.stream(StaffPrincipal.Duty.values()).map(Enum::name).collect(Collectors.toSet()),
                "a role the engine does not know could not be mapped; one it knows but security lacks is never granted");
    }

    @Test
    void rolesStayInTheirUnits() {
        StaffIdentity who = StaffIdentity.of("hai-vai", "Hai Vai", Set.of(new RoleGrant("00070", StaffRole.ONE_STOP_OFFICER),
                new RoleGrant("SXD", StaffRole.SPECIALIST), new RoleGrant("00082", StaffRole.CONTROL_OFFICER)));
        StaffPrincipal p = who.principal();
        assertEquals("hai-vai", p.accountId());
        assertTrue(p.holds(StaffPrincipal.Duty.ONE_STOP_OFFICER, "00070"));
        assertFalse(p.holds(StaffPrincipal.Duty.ONE_STOP_OFFICER, "SXD"), "a role holds in its unit only");
        assertEquals(Set.of("00070", "SXD", "00082"), p.units());
        assertFalse(p.cityWide());
    }
}
