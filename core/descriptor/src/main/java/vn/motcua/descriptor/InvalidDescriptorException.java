package vn.motcua.descriptor;

import java.util.List;
import java.util.stream.Collectors;

/** A descriptor could not be turned into a procedure; carries every problem so all are reported at once. */
public class InvalidDescriptorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<DescriptorProblem> problems;

    public InvalidDescriptorException(List<DescriptorProblem> problems) {
        super(problems.size() + " problem(s) in descriptor:\n"
                + problems.stream().map(DescriptorProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, ordered by line. */
    public List<DescriptorProblem> problems() {
        return problems;
    }
}
