package vn.motcua.engine.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * One officer's handling results in a period (dates in Vietnam, both included).
 *
 * @param login            the officer
 * @param from             first day
 * @param to               last day
 * @param dossiersHandled  dossiers the officer acted on in the period
 * @param steps            hand-overs per step, classed against the step deadline; {@link #total()} sums them
 * @param apologiesCaused  dossiers with an apology slip in which this officer handed over a step late in the period
 * @param satisfaction     citizens' ratings of the dossiers handled (whenever rated)
 * @param dossierCodes     the dossiers behind {@code dossiersHandled}, sorted, so that the figure can be checked
 */
public record OfficerEvaluation(String login, LocalDate from, LocalDate to, int dossiersHandled, List<StepTimeliness> steps,
                                int apologiesCaused, Satisfaction satisfaction, List<String> dossierCodes) {
    public OfficerEvaluation {
        steps = List.copyOf(steps);
        dossierCodes = List.copyOf(dossierCodes);
    }

    /** All steps together. */
    public StepTimeliness total() {
        return new StepTimeliness("*", steps.stream().mapToInt(StepTimeliness::early).sum(),
                steps.stream().mapToInt(StepTimeliness::onTime).sum(), steps.stream().mapToInt(StepTimeliness::late).sum());
    }
}
