package vn.motcua.api.procedure;

import java.util.List;
import java.util.Optional;

/**
 * The form of a procedure (tờ khai): typed fields with declarative rules.
 *
 * @param fields the top-level fields in display order
 */
public record Form(List<Field> fields) {
    public Form {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** The top-level field with this id. */
    public Optional<Field> field(String id) {
        return fields.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
