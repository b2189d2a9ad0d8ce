package vn.motcua.security;

import java.util.Objects;

/**
 * One role held in one unit.
 *
 * @param unitCode unit code ({@code 00070}, {@code SXD}; {@code 01} is the city)
 * @param role     the role
 */
public record RoleGrant(String unitCode, StaffRole role) {
    public RoleGrant {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(role, "role");
    }
}
