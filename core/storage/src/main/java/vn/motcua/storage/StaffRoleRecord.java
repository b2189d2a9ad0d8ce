package vn.motcua.storage;

import java.util.Objects;

/**
 * One role an account holds in one unit.
 *
 * @param login    account id
 * @param unitCode unit code, e.g. {@code 00070}, {@code SXD}, {@code 01} for the city
 * @param role     role name (the security bundle's enum name)
 */
public record StaffRoleRecord(String login, String unitCode, String role) {
    public StaffRoleRecord {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(role, "role");
    }
}
