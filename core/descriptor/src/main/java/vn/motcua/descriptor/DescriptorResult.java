package vn.motcua.descriptor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.api.procedure.ProcedureDefinition;

/**
 * What reading one descriptor gave: the procedure, or every problem found (never both).
 *
 * @param file       the file name given to the reader
 * @param sha256     lower-case hex SHA-256 of the raw bytes, to tell versions of a file apart
 * @param text       the content as text, Unicode NFC-normalised (what the engine stores with a procedure version);
 *                   empty when the bytes were not UTF-8
 * @param procedure  the definition when the descriptor is valid
 * @param problems   every problem, ordered by line; empty when valid
 * @param warnings   what is allowed but probably not meant, e.g. step budgets that add up to more than the legal
 *                   time limit; they never make a descriptor invalid
 */
public record DescriptorResult(String file, String sha256, String text, Optional<ProcedureDefinition> procedure,
                               List<DescriptorProblem> problems, List<DescriptorProblem> warnings) {

    /** A result without warnings. */
    public DescriptorResult(String file, String sha256, String text, Optional<ProcedureDefinition> procedure,
                            List<DescriptorProblem> problems) {
        this(file, sha256, text, procedure, problems, List.of());
    }

    public DescriptorResult {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(procedure, "procedure");
        problems = List.copyOf(problems);
        if (procedure.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a result has either a procedure or problems");
        }
    }

    /** True when the descriptor is valid and {@link #procedure()} is present. */
    public boolean isValid() {
        return problems.isEmpty();
    }

    /**
     * The procedure, or an exception listing every problem.
     *
     * @throws InvalidDescriptorException when the descriptor has problems
     */
    public ProcedureDefinition orElseThrow() {
        return procedure.orElseThrow(() -> new InvalidDescriptorException(problems));
    }
}
