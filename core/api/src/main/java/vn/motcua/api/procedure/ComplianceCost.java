package vn.motcua.api.procedure;

import java.util.List;

/**
 * Inputs of the compliance cost of a procedure (Circular 02/2017/TT-VPCP, Art. 27): the applicant's tasks
 * valued at an income rate (configuration), plus statutory costs. Yearly cost = cost of one × times a year
 * × subjects a year.
 *
 * @param tasks            what the applicant must do, each with the hours it takes
 * @param otherCostsVnd    other statutory costs besides the fees of the disclosure (copies, postage…)
 * @param timesPerYear     how many times one subject does it in a year
 * @param subjectsPerYear  how many subjects do it in a year
 */
public record ComplianceCost(List<Task> tasks, long otherCostsVnd, int timesPerYear, long subjectsPerYear) {
    public ComplianceCost {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    /**
     * One task of the applicant.
     *
     * @param name  what the applicant does, e.g. "Chuẩn bị tờ khai"
     * @param hours hours it takes
     */
    public record Task(String name, double hours) {
    }
}
