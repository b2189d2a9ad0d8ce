package vn.motcua.engine.internal;

import static vn.motcua.engine.DossierAction.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.Step;
import vn.motcua.api.procedure.StepAction;
import vn.motcua.engine.ActorNotPermittedException;
import vn.motcua.engine.ActorRole;
import vn.motcua.engine.ActionCommand;
import vn.motcua.engine.DossierAction;
import vn.motcua.engine.DossierStatus;
import vn.motcua.storage.DossierRecord;
import vn.motcua.storage.EventRecord;

/**
 * Which actions a dossier allows in its state, and who may perform them (product.md "Lifecycle", domain.md §2–3).
 * Stateless.
 */
final class Lifecycle {

    /** domain.md §3: "the new appointment may be set only once". */
    static final String APOLOGY_ONCE_RULE = "Phiếu xin lỗi và hẹn lại ngày trả kết quả chỉ được lập một lần cho mỗi hồ sơ"
            + " (Nghị định 61/2018/NĐ-CP, Nghị định 118/2025/NĐ-CP)"; // domain.md §3

    /**
     * Guidance to complete a dossier is given once, in full, in writing: Decree 61/2018/NĐ-CP Art. 17 ("không quá một
     * lần trong suốt quá trình giải quyết hồ sơ tại cơ quan, đơn vị"), carried over by Decree 118/2025/NĐ-CP
     * (domain.md §2). Decision 1300: a new request is allowed only after another agency sent the dossier back.
     */
    static final String SUPPLEMENT_ONCE_RULE = "Việc yêu cầu bổ sung, hoàn thiện hồ sơ chỉ thực hiện một lần, đầy đủ,"
            + " bằng văn bản (Nghị định 61/2018/NĐ-CP, Điều 17; Nghị định 118/2025/NĐ-CP); hồ sơ này đã có phiếu"
            + " yêu cầu bổ sung. Chỉ được yêu cầu lại khi cơ quan khác trả hồ sơ về sau lần yêu cầu trước.";

    /**
     * True unless a supplement was already requested and no other agency has sent the dossier back since: a unit
     * that receives a dossier back from another agency (which found what the first guidance missed) may guide again.
     *
     * @param events      the dossier's history, oldest first
     * @param actingUnit  the unit that would request the supplement
     */
    static boolean supplementMayBeRequested(List<EventRecord> events, String actingUnit) {
        int last = -1;
        for (int i = 0; i < events.size(); i++) {
            if (DossierAction.REQUEST_SUPPLEMENT.wireName().equals(events.get(i).action())) {
                last = i;
            }
        }
        if (last < 0) {
            return true;
        }
        for (int i = last + 1; i < events.size(); i++) {
            EventRecord e = events.get(i);
            if (DossierAction.SEND_BACK.wireName().equals(e.action()) && e.unitCode() != null
                    && !e.unitCode().equals(actingUnit)) {
                return true;
            }
        }
        return false;
    }

    Set<DossierAction> allowed(DossierRecord d, ProcedureDefinition def) {
        DossierStatus status = DossierStatus.valueOf(d.status());
        EnumSet<DossierAction> allowed = EnumSet.noneOf(DossierAction.class);
        switch (status) {
            case SUBMITTED -> allowed.addAll(EnumSet.of(ACCEPT, REQUEST_SUPPLEMENT, REFUSE, WITHDRAW));
            case AWAITING_SUPPLEMENT -> allowed.addAll(EnumSet.of(SUPPLEMENT_RECEIVED, REFUSE, WITHDRAW));
            case PROCESSING -> {
                Optional<Step> step = currentStep(d, def);
                if (step.isPresent()) {
                    for (var t : step.get().actions()) {
                        allowed.add(of(t.action()));
                    }
                } else {
                    // A procedure without declared steps is decided at the counter (e.g. same-day procedures).
                    allowed.addAll(EnumSet.of(APPROVE, REJECT));
                }
                if (d.newAppointmentAt() == null) {
                    allowed.add(ISSUE_APOLOGY);
                    // The legal extension comes before any apology: once the agency has admitted a delay beyond the
                    // limit, moving the limit would rewrite what the apology promised. Once only: TimeLimitExtensions.
                    if (def.disclosure().timeLimitExtension() != null) {
                        allowed.add(EXTEND);
                    }
                }
                allowed.add(WITHDRAW);
            }
            case SUPPLEMENT_REQUESTED -> allowed.addAll(EnumSet.of(SUPPLEMENT_RECEIVED, WITHDRAW));
            case DECIDED -> allowed.add(RESULT_READY);
            case RESULT_READY -> allowed.add(RETURN_RESULT);
            case REFUSED, RETURNED, WITHDRAWN -> { }
        }
        return allowed;
    }

    static DossierAction of(StepAction action) {
        return switch (action) {
            case FORWARD -> FORWARD;
            case SEND_BACK -> SEND_BACK;
            case APPROVE -> APPROVE;
            case REJECT -> REJECT;
            case REQUEST_SUPPLEMENT -> REQUEST_SUPPLEMENT;
        };
    }

    static Optional<StepAction> stepAction(DossierAction action) {
        return switch (action) {
            case FORWARD -> Optional.of(StepAction.FORWARD);
            case SEND_BACK -> Optional.of(StepAction.SEND_BACK);
            case APPROVE -> Optional.of(StepAction.APPROVE);
            case REJECT -> Optional.of(StepAction.REJECT);
            case REQUEST_SUPPLEMENT -> Optional.of(StepAction.REQUEST_SUPPLEMENT);
            default -> Optional.empty();
        };
    }

    static Optional<Step> currentStep(DossierRecord d, ProcedureDefinition def) {
        return d.currentStep() == null ? Optional.empty() : def.step(d.currentStep());
    }

    /**
     * Checks the applicant or the platform may perform an allowed action; staff are checked by {@link StaffAccess}.
     * The applicant may complete a supplement or withdraw, with the second factor. The platform acts only on steps,
     * and only from inside the engine (automated steps).
     *
     * @throws ActorNotPermittedException if not
     */
    void checkPermitted(DossierRecord d, ActionCommand c) {
        ActorRole role = c.actor().role();
        DossierAction a = c.action();
        if (role == ActorRole.CITIZEN) {
            if (a != SUPPLEMENT_RECEIVED && a != WITHDRAW) {
                throw new ActorNotPermittedException("the applicant cannot " + a.wireName());
            }
            // The second factor was checked before anything else, with the answer of an unknown code (StoredDossierEngine).
            return;
        }
        if (role == ActorRole.SYSTEM && DossierStatus.valueOf(d.status()) == DossierStatus.PROCESSING && stepAction(a).isPresent()) {
            return;
        }
        throw new ActorNotPermittedException(role + " cannot " + a.wireName());
    }
}
