package vn.motcua.runtime.registry;

import java.util.Objects;
import vn.motcua.api.procedure.ProcedureDefinition;

/**
 * A procedure as registered: its definition and its source.
 *
 * @param definition what the descriptor declares
 * @param source     the bundle and descriptor it came from
 * @param searchKey  code and name folded for search without diacritics
 */
public record RegisteredProcedure(ProcedureDefinition definition, ProcedureSource source, String searchKey) {
    public RegisteredProcedure {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(searchKey, "searchKey");
    }

    public String code() {
        return definition.code();
    }
}
