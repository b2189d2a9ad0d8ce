package vn.motcua.engine.evaluation;

import java.util.List;

/**
 * Citizens' ratings made in a period, grouped three ways.
 *
 * @param byUnit      per receiving unit, by code
 * @param byProcedure per procedure, by code
 * @param byOfficer   per officer asked for: ratings of the dossiers they acted on
 */
public record SatisfactionReport(List<Satisfaction> byUnit, List<Satisfaction> byProcedure, List<Satisfaction> byOfficer) {
    public SatisfactionReport {
        byUnit = List.copyOf(byUnit);
        byProcedure = List.copyOf(byProcedure);
        byOfficer = List.copyOf(byOfficer);
    }
}
