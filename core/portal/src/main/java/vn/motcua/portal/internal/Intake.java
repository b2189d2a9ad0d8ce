package vn.motcua.portal.internal;

import vn.motcua.api.procedure.Channel;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.engine.SubmitCommand;
import vn.motcua.runtime.units.Unit;

/**
 * How the citizen hands a dossier in through the portal: online, or by asking the public postal service to collect the
 * paper at their address (Decision 45/2016/QĐ-TTg; decision 1133). Both fill the same form and go through the same
 * check-your-answers page and the same engine validation; only the channel, the path and some words differ.
 */
enum Intake {
    /** The dossier is submitted online. */
    ONLINE(Channel.ONLINE, "nop", "form.title"),
    /** The post collects the paper dossier; the form's answers go with the request (a POSTAL dossier the citizen registers). */
    PICKUP(Channel.POSTAL, "nop-qua-buu-chinh", "pickup.title");

    final Channel channel;
    /** The last segment of the form's path under the procedure. */
    final String segment;
    /** The message key of the form's title. */
    final String titleKey;

    Intake(Channel channel, String segment, String titleKey) {
        this.channel = channel;
        this.segment = segment;
        this.titleKey = titleKey;
    }

    /** The form's path for this procedure at this unit. */
    String path(Unit unit, ProcedureDefinition d) {
        return "/don-vi/" + unit.code() + "/thu-tuc/" + d.code() + "/" + segment;
    }

    boolean offeredBy(ProcedureDefinition d) {
        return d.disclosure().channels().contains(channel);
    }

    /** Where to start a dossier of this procedure: online if offered, else the post's pickup. */
    static Intake firstOffered(ProcedureDefinition d) {
        return ONLINE.offeredBy(d) || !PICKUP.offeredBy(d) ? ONLINE : PICKUP;
    }

    /** The intake a checked submission was made through. */
    static Intake of(SubmitCommand c) {
        return c.channel() == Channel.POSTAL ? PICKUP : ONLINE;
    }
}
