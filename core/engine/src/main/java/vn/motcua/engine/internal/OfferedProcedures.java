package vn.motcua.engine.internal;

import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.engine.ProcedureUnavailableException;

/** Which version of a procedure a unit offers now; bound to the runtime's procedure registry in OSGi. */
@FunctionalInterface
public interface OfferedProcedures {

    /** @throws ProcedureUnavailableException when the unit does not offer it now */
    Offered resolve(String procedureCode, String unitCode);

    /**
     * A procedure version on offer.
     *
     * @param definition     the parsed definition
     * @param descriptorText the descriptor text as shipped
     * @param descriptorHash SHA-256 of the text, hex
     */
    record Offered(ProcedureDefinition definition, String descriptorText, String descriptorHash) {
    }
}
