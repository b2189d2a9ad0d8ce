package vn.motcua.engine.internal;

import java.time.LocalDate;
import java.util.Collection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.motcua.engine.evaluation.OfficerEvaluation;
import vn.motcua.engine.evaluation.SatisfactionReport;
import vn.motcua.engine.evaluation.StaffEvaluation;
import vn.motcua.storage.StaffEvaluationStore;

/** Wires {@link StoredStaffEvaluation} in OSGi. */
@Component(service = StaffEvaluation.class)
public final class StaffEvaluationComponent implements StaffEvaluation {

    private final StoredStaffEvaluation evaluation;

    @Activate
    public StaffEvaluationComponent(@Reference StaffEvaluationStore store) {
        this.evaluation = new StoredStaffEvaluation(store);
    }

    @Override
    public OfficerEvaluation officer(String login, LocalDate from, LocalDate to) {
        return evaluation.officer(login, from, to);
    }

    @Override
    public SatisfactionReport satisfaction(Collection<String> units, Collection<String> officers, LocalDate from, LocalDate to) {
        return evaluation.satisfaction(units, officers, from, to);
    }
}
