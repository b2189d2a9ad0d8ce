package vn.motcua.engine;

import java.util.Objects;
import vn.motcua.api.procedure.Role;

/**
 * A line of an officer's work list: a dossier waiting for one of the officer's roles at one of their units.
 *
 * @param unitCode the unit whose queue holds it
 * @param role     the role it waits for there
 * @param dossier  the dossier
 * @since 2.1
 */
public record WorkItem(String unitCode, Role role, DossierSummary dossier) {
    public WorkItem {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(dossier, "dossier");
    }
}
