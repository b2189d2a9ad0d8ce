package vn.motcua.engine.internal;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import vn.motcua.engine.ActionCommand;
import vn.motcua.engine.Actor;
import vn.motcua.engine.ActorRole;
import vn.motcua.engine.DossierAction;
import vn.motcua.engine.DossierNotFoundException;
import vn.motcua.engine.DossierStatus;
import vn.motcua.engine.StaffAccessRefusedException;
import vn.motcua.engine.StaffPrincipal;
import vn.motcua.engine.StaffPrincipal.Duty;
import vn.motcua.storage.DossierRecord;
import vn.motcua.storage.EventRecord;

/**
 * The one rule of staff access to dossiers (decision 1310, replacing the HTTP layers' own checks): who sees a
 * dossier, and which role at which unit an action needs. Stateless.
 *
 * <ul>
 *   <li><b>Sees</b>: a city administrator every dossier; anybody else a dossier received at, waiting at, or acted on
 *       by one of the units where they hold any duty (unit isolation, issue 6). The last case keeps a dossier
 *       visible to an agency that holds a step, or asked for a supplement, before it handed anything over (issue 13).
 *       The control officer's duty counts: it reads what its unit reads (Directive 12/CT-UBND item 1).</li>
 *   <li><b>Acts</b>: a step action needs the step's role at the step's unit; the apology and the extension (gia hạn) a leader of the unit holding
 *       the dossier or of the receiving unit; everything else (reception, supplements, results, withdrawal) a
 *       one-stop officer of the receiving unit (one-stop mechanism of Decree 61/2018/NĐ-CP and
 *       Decree 118/2025/NĐ-CP, domain.md §2). No other duty acts, so
 *       a control officer, an administrator or a city administrator without a procedure duty is refused.</li>
 * </ul>
 */
final class StaffAccess {

    private static final Set<DossierAction> STEP_ACTIONS = EnumSet.of(DossierAction.FORWARD, DossierAction.SEND_BACK,
            DossierAction.APPROVE, DossierAction.REJECT, DossierAction.REQUEST_SUPPLEMENT);

    /** What an action on a dossier needs: this duty in one of these units. */
    record Need(Duty duty, Set<String> units) {
        boolean heldBy(StaffPrincipal who) {
            return units.stream().anyMatch(u -> who.holds(duty, u));
        }

        boolean heldBy(Actor explicit) {
            return explicit.role().name().equals(duty.name()) && units.stream().anyMatch(explicit::worksFor);
        }
    }

    private StaffAccess() {
    }

    /** The duty and units {@code action} needs on a dossier in this state. */
    static Need need(DossierStatus status, String unitCode, String currentUnit, String currentRole, DossierAction action) {
        if (status == DossierStatus.PROCESSING && STEP_ACTIONS.contains(action) && currentRole != null && currentUnit != null) {
            return new Need(Duty.valueOf(currentRole), Set.of(currentUnit));
        }
        if (action == DossierAction.ISSUE_APOLOGY || action == DossierAction.EXTEND) {
            Set<String> units = new LinkedHashSet<>();
            if (currentUnit != null) {
                units.add(currentUnit);
            }
            units.add(unitCode);
            return new Need(Duty.LEADER, Set.copyOf(units));
        }
        return new Need(Duty.ONE_STOP_OFFICER, Set.of(unitCode));
    }

    static Need need(DossierRecord d, DossierAction action) {
        return need(DossierStatus.valueOf(d.status()), d.unitCode(), d.currentUnit(), d.currentRole(), action);
    }

    /** Whether the units (or city-wide duty) see a dossier with this receiving unit, current unit and history units. */
    static boolean sees(boolean cityWide, Set<String> units, String unitCode, String currentUnit, List<String> historyUnits) {
        return cityWide || units.contains(unitCode) || (currentUnit != null && units.contains(currentUnit))
                || historyUnits.stream().anyMatch(u -> u != null && units.contains(u));
    }

    static boolean sees(StaffPrincipal who, DossierRecord d, List<EventRecord> events) {
        return sees(who.cityWide(), who.units(), d.unitCode(), d.currentUnit(), events.stream().map(EventRecord::unitCode).toList());
    }

    /** @throws DossierNotFoundException when {@code who} may not see it: the very answer of an unknown code */
    static void requireSees(StaffPrincipal who, DossierRecord d, List<EventRecord> events) {
        if (!sees(who, d, events)) {
            throw new DossierNotFoundException(d.code());
        }
    }

    /** The actions of {@code allowed} that {@code who} may perform in the roles it holds at the right units. */
    static Set<DossierAction> permitted(StaffPrincipal who, DossierRecord d, Set<DossierAction> allowed) {
        Set<DossierAction> out = EnumSet.noneOf(DossierAction.class);
        for (DossierAction a : allowed) {
            if (need(d, a).heldBy(who)) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * Checks a staff actor may see the dossier, before any state or version check: to anybody else it does not exist.
     * Reads the history only when neither the receiving nor the current unit is one of the actor's.
     *
     * @throws DossierNotFoundException the very answer of an unknown code
     */
    static void requireSees(Actor actor, DossierRecord d, Supplier<List<EventRecord>> history) {
        boolean cityWide = actor.principal() != null && actor.principal().cityWide();
        Set<String> units = actor.principal() != null ? actor.principal().units() : actor.unitCodes();
        if (sees(cityWide, units, d.unitCode(), d.currentUnit(), List.of())) {
            return;
        }
        if (!sees(cityWide, units, d.unitCode(), d.currentUnit(), history.get().stream().map(EventRecord::unitCode).toList())) {
            throw new DossierNotFoundException(d.code());
        }
    }

    /**
     * The staff actor of a command in the role the action needs at the unit that must act: a principal is resolved to
     * that role and the units where it holds it; an explicit role is checked against the same need.
     *
     * @throws StaffAccessRefusedException the actor lacks the duty at the unit that must act
     */
    static ActionCommand resolve(DossierRecord d, ActionCommand c) {
        Actor actor = c.actor();
        Need need = need(d, c.action());
        if (actor.role() != ActorRole.STAFF) {
            if (!need.heldBy(actor)) {
                throw new StaffAccessRefusedException(d.code(), c.action(), need.duty(), need.units());
            }
            return c;
        }
        StaffPrincipal who = actor.principal();
        if (!need.heldBy(who)) {
            throw new StaffAccessRefusedException(d.code(), c.action(), need.duty(), need.units());
        }
        return c.withActor(new Actor(who.accountId(), ActorRole.valueOf(need.duty().name()), who.unitsWith(need.duty()), who));
    }
}
