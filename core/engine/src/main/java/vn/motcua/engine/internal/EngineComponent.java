package vn.motcua.engine.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import vn.motcua.api.hook.AutomatedStep;
import vn.motcua.api.hook.FormValidator;
import vn.motcua.api.hook.ProcedureHook;
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
 * Wires the engine in OSGi: storage, the working calendar, the runtime's procedure registry and unit directory, and
 * the cross-field validators and automated steps procedure bundles register (collected dynamically by procedure code
 * and step id).
 */
@Component(service = DossierEngine.class, immediate = true)
public final class EngineComponent implements DossierEngine {

    private final List<Map.Entry<String, FormValidator>> validators = new CopyOnWriteArrayList<>();
    /** Automated steps by "procedure code/step id". */
    private final Map<String, AutomatedStep> automated = new java.util.concurrent.ConcurrentHashMap<>();
    private final StoredDossierEngine engine;
    private final AutomatedSteps automation;

    @Activate
    public EngineComponent(org.osgi.framework.BundleContext context, @Reference DossierStore store, @Reference WorkingCalendar calendar,
                           @Reference ProcedureRegistry registry, @Reference UnitDirectory units) {
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
        FormHooks hooks = code -> validators.stream().filter(e -> e.getKey().equals(code)).map(Map.Entry::getValue).toList();
        // Segregation of duties, on unless switched off explicitly (decision 1602).
        boolean separate = !"false".equalsIgnoreCase(String.valueOf(context.getProperty("motcua.duties.separateReceiveAndApprove")).strip());
        this.engine = new StoredDossierEngine(store, calendar, offered, agencies, hooks, Clock.systemUTC(), separate);
        this.automation = new AutomatedSteps(engine, (procedure, step) -> Optional.ofNullable(automated.get(procedure + "/" + step)));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addAutomatedStep(AutomatedStep step, Map<String, Object> properties) {
        Object procedure = properties.get(ProcedureHook.PROCEDURE_PROPERTY);
        Object id = properties.get(AutomatedStep.STEP_PROPERTY);
        if (procedure != null && id != null) {
            automated.put(procedure + "/" + id, step);
        }
    }

    void removeAutomatedStep(AutomatedStep step) {
        automated.values().removeIf(s -> s == step);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addValidator(FormValidator validator, Map<String, Object> properties) {
        Optional.ofNullable(properties.get(ProcedureHook.PROCEDURE_PROPERTY))
                .ifPresent(code -> validators.add(Map.entry(String.valueOf(code), validator)));
    }

    void removeValidator(FormValidator validator) {
        validators.removeIf(e -> e.getValue() == validator);
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
    public Optional<DossierView> find(String code) {
        return engine.find(code);
    }

    @Override
    public Optional<java.time.Instant> proposeNewAppointment(String code) {
        return engine.proposeNewAppointment(code);
    }

    @Override
    public Optional<vn.motcua.engine.AttachmentFile> attachment(String code, String attachmentId) {
        return engine.attachment(code, attachmentId);
    }

    @Override
    public List<DossierSummary> queue(String unitCode, Role role, QueueFilter filter) {
        return engine.queue(unitCode, role, filter);
    }

    @Override
    public DeadlineReport explainDeadline(String code) {
        return engine.explainDeadline(code);
    }

    @Override
    public HistoryVerification verifyHistory(String code) {
        return engine.verifyHistory(code);
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
