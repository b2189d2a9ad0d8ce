package vn.motcua.runtime.cost;

import java.math.BigDecimal;

/**
 * The compliance cost of one version of a procedure (Circular 02/2017/TT-VPCP, Art. 27). Amounts are whole đồng,
 * rounded half up once, at the end.
 *
 * @param procedureCode    the procedure
 * @param version          the version of its declaration
 * @param taskHours        hours of every task the applicant must do
 * @param incomeVndPerHour the rate that values those hours
 * @param timeCostVnd      taskHours × incomeVndPerHour
 * @param feesVnd          fees and charges of the disclosure (the common case of each)
 * @param otherCostsVnd    other statutory costs (copies, postage…)
 * @param costPerTimeVnd   cost of doing it once: time + fees + other costs
 * @param timesPerYear     how many times one subject does it a year
 * @param subjectsPerYear  how many subjects do it a year
 * @param yearlyCostVnd    costPerTime × timesPerYear × subjectsPerYear
 */
public record ComplianceCostEstimate(String procedureCode, String version, BigDecimal taskHours, long incomeVndPerHour,
                                     long timeCostVnd, long feesVnd, long otherCostsVnd, long costPerTimeVnd,
                                     int timesPerYear, long subjectsPerYear, long yearlyCostVnd) {
}
