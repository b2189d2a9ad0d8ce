package vn.motcua.engine.internal;

import java.util.List;
import vn.motcua.engine.ActionCommand;
import vn.motcua.engine.ActorNotPermittedException;
import vn.motcua.engine.ActorRole;
import vn.motcua.engine.DossierAction;
import vn.motcua.storage.EventRecord;

/**
 * The one rule of segregation of duties on a dossier (issue 16, decision 1602): the account that received it
 * (accepted it at the counter or after the online check) does not also approve it, so no single person both takes a
 * dossier in and decides it. Read from the dossier's own history, so it holds whatever roles the account collects
 * later. On by default; {@code motcua.duties.separateReceiveAndApprove=false} turns it off for a unit too small to
 * staff both desks. Stateless.
 */
final class SeparationOfDuties {

    static final String RULE = "Người đã tiếp nhận hồ sơ không được đồng thời phê duyệt hồ sơ đó (phân tách nhiệm vụ):"
            + " hãy để một lãnh đạo khác phê duyệt.";

    private final boolean receiveApartFromApprove;

    SeparationOfDuties(boolean receiveApartFromApprove) {
        this.receiveApartFromApprove = receiveApartFromApprove;
    }

    /** Whether the rule needs the dossier's history for this command (spares reading it for every other action). */
    boolean concerns(ActionCommand c) {
        return receiveApartFromApprove && c.action() == DossierAction.APPROVE && c.actor().role() != ActorRole.SYSTEM;
    }

    /** @throws ActorNotPermittedException when the actor accepted this dossier and now approves it */
    void check(ActionCommand c, List<EventRecord> history) {
        if (!concerns(c)) {
            return;
        }
        String accept = DossierAction.ACCEPT.wireName();
        boolean received = history.stream().anyMatch(e -> accept.equals(e.action()) && c.actor().accountId().equals(e.actor()));
        if (received) {
            throw new ActorNotPermittedException(RULE);
        }
    }
}
