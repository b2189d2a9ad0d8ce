package vn.motcua.descriptor;

import java.util.Set;

/**
 * The unit codes a descriptor may name ({@code applicability.units}, a step's {@code unit}): the platform passes its
 * unit directory, the test kit the units file. A code outside this set would strand every dossier that reaches it
 * (no officer can ever hold a role there), so the reader refuses it and lists the valid codes.
 */
@FunctionalInterface
public interface UnitCodes {

    /** Every known unit code, e.g. {@code 00070}, {@code SXD}; read on each call, so edits to the units apply. */
    Set<String> codes();
}
