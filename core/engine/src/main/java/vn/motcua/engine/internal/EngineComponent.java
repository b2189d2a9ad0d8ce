package vn.motcua.engine.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.motcua.api.procedure.Role;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.engine.ActionCommand;
import vn.motcua.engine.ActionResult;
import vn.motcua.engine.CitizenView;
import vn.motcua.engine.DeadlineReport;
import vn.motcua.engine.DossierEngine;
import vn.motcua.engine.DossierStatus;
import vn.motcua.engine.DossierSummary;
import vn.motcua.engine.DossierView;
import vn.motcua.engine.StaffPrincipal;
import vn.motcua.engine.DueAlert;
import vn.motcua.engine.HistoryVerification;
import vn.motcua.engine.ProcedureUnavailableException;
import vn.motcua.engine.QueueFilter;
import vn.motcua.engine.SubmitCommand;
import vn.motcua.engine.SubmitResult;
import vn.motcua.runtime.registry.ProcedureRegistry;
import vn.motcua.runtime.registry.RegisteredProcedure;
import vn.motcua.runtime.registry.Resolution;
import vn.motcua.runtime.units.Unit;
import vn.motcua.runtime.units.UnitDirectory;
import vn.motcua.storage.DossierStore;

/**
 * Wires the engine in OSGi: storage, the working calendar, the runtime's procedure registry and unit directory; the
 * cross-field validators and automated steps procedure bundles register are bound by the registry.
 */
@Component(service = {DossierEngine.class, UncheckedDossiers.class}, immediate = true)
public final class EngineComponent implements UncheckedDossiers {

    private final StoredDossierEngine engine;
    private final AutomatedSteps automation;

    @Activate
    public EngineComponent(org.osgi.framework.BundleContext context, @Reference DossierStore store, @Reference WorkingCalendar calendar,
                           @Reference ProcedureRegistry registry, @Reference UnitDirectory units,
                           @Reference SharedEditsComponent sharedEdits) {
        // sharedEdits: on PostgreSQL the engine (and with it readiness) comes up only after the calendar and the units
        // read the edits every node shares, so a starting node never computes a deadline without them (decision 1415)
        OfferedProcedures offered = (code, unitCode) -> {
            Unit unit = units.find(unitCode).orElseThrow(() -> new ProcedureUnavailableException(code, unitCode,
                    ProcedureUnavailableException.Reason.NOT_OFFERED));
            Resolution r = registry.resolve(code, unit);
            if (r.status() != Resolution.Status.OFFERED || r.procedure().isEmpty()) {
                throw new ProcedureUnavailableException(code, unitCode, switch (r.status()) {
                    case DISABLED -> ProcedureUnavailableException.Reason.DISABLED;
                    case UPDATING -> ProcedureUnavailableException.Reason.UPDATING;
                    default -> ProcedureUnavailableException.Reason.NOT_OFFERED;
                });
            }
            RegisteredProcedure p = r.procedure().get();
            return new OfferedProcedures.Offered(p.definition(), p.source().descriptorText(), p.source().sha256());
        };
        AgencyCodes agencies = unitCode -> units.find(unitCode).map(Unit::agencyCode).orElse(unitCode);
        // The registry binds the hooks bundles register (HookBindings: the same rules as the test kit's), so a hook
        // for an undeclared procedure or a second hook for one step is reported there, not silently used or dropped.
        FormHooks hooks = registry::validators;
        // Segregation of duties, on unless switched off explicitly (decision 1602).
        boolean separate = !"false".equalsIgnoreCase(String.valueOf(context.getProperty("motcua.duties.separateReceiveAndApprove")).strip());
        // National portal sync, off unless switched on (decision 1132).
        boolean dvcqg = "true".equalsIgnoreCase(String.valueOf(context.getProperty("motcua.dvcqg.enabled")).strip());
        this.engine = new StoredDossierEngine(store, calendar, offered, agencies, hooks, Clock.systemUTC(), separate,
                PaymentRules.from(context::getProperty), dvcqg);
        this.automation = new AutomatedSteps(engine, registry::automatedStep);
    }

    @Override
    public void check(SubmitCommand command) {
        engine.check(command);
    }

    @Override
    public SubmitResult submit(SubmitCommand command) {
        SubmitResult result = engine.submit(command);
        // Automated steps only act on a dossier in processing. An online submission waits for the officer's check,
        // so looking it up again (a second transaction per submission) found nothing to do; whoever moves it on later
        // runs the automation from act().
        if (!result.replayed() && result.status() == DossierStatus.PROCESSING) {
            automation.runFrom(result.code());
        }
        return result;
    }

    @Override
    public ActionResult act(String code, ActionCommand command) {
        ActionResult result = engine.act(code, command);
        if (!result.replayed()) {
            automation.runFrom(code);
        }
        return result;
    }

    @Override
    public Optional<CitizenView> lookup(String code, String phoneOrCitizenId) {
        return engine.lookup(code, phoneOrCitizenId);
    }

    @Override
    public ActionResult actAsSystem(String code, ActionCommand command) {
        return engine.actAsSystem(code, command);
    }

    @Override
    public Optional<DossierView> find(String code, StaffPrincipal who) {
        return engine.find(code, who);
    }

    @Override
    public Optional<DossierView> view(String code) {
        return engine.view(code);
    }

    @Override
    public Optional<java.time.Instant> proposeNewAppointment(String code, StaffPrincipal who) {
        return engine.proposeNewAppointment(code, who);
    }

    @Override
    public Optional<vn.motcua.engine.AttachmentFile> attachment(String code, String attachmentId, StaffPrincipal who) {
        return engine.attachment(code, attachmentId, who);
    }

    @Override
    public Optional<vn.motcua.engine.AttachmentFile> file(String code, String attachmentId) {
        return engine.file(code, attachmentId);
    }

    @Override
    public List<DossierSummary> queue(String unitCode, Role role, QueueFilter filter, StaffPrincipal who) {
        return engine.queue(unitCode, role, filter, who);
    }

    @Override
    public vn.motcua.engine.WorkList workList(QueueFilter filter, StaffPrincipal who) {
        return engine.workList(filter, who);
    }

    @Override
    public List<DossierSummary> findByApplicantNumber(String number, int limit, StaffPrincipal who) {
        return engine.findByApplicantNumber(number, limit, who);
    }

    @Override
    public DeadlineReport explainDeadline(String code, StaffPrincipal who) {
        return engine.explainDeadline(code, who);
    }

    @Override
    public HistoryVerification verifyHistory(String code, StaffPrincipal who) {
        return engine.verifyHistory(code, who);
    }

    @Override
    public Map<DossierStatus, Long> countByStatus() {
        return engine.countByStatus();
    }

    @Override
    public List<DueAlert> claimDueAlerts(int limit) {
        return engine.claimDueAlerts(limit);
    }
}
