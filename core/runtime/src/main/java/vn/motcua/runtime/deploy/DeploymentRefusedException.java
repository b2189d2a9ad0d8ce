package vn.motcua.runtime.deploy;

import java.util.List;

/** A bundle operation was refused; {@link #problems()} says why, each naming the file, line or path. */
public class DeploymentRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    public DeploymentRefusedException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
