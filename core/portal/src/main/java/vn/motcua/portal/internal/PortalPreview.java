package vn.motcua.portal.internal;

import java.time.Clock;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.pages.form.FormValues;
import vn.motcua.pages.html.Html;
import vn.motcua.pages.preview.CitizenPreview;
import vn.motcua.runtime.registry.ProcedureRegistry;
import vn.motcua.runtime.units.Unit;
import vn.motcua.runtime.units.UnitDirectory;

/**
 * {@link CitizenPreview} with the very page code of the portal ({@link ProcedurePage#disclosure},
 * {@link SubmissionPages#form}); no second renderer. Stateless apart from its collaborators.
 */
@Component(service = CitizenPreview.class)
public final class PortalPreview implements CitizenPreview {

    private final UnitDirectory units;
    private final Layout layout = new Layout(new Assets());
    private final ProcedurePage procedure;
    private final SubmissionPages submission;

    @Activate
    public PortalPreview(@Reference ProcedureRegistry registry, @Reference UnitDirectory units,
                         @Reference WorkingCalendar calendar) {
        this.units = units;
        Clock clock = Clock.systemUTC();
        Catalogue cat = new Catalogue(registry, units, calendar, clock);
        // No published answers and no compliance cost figures for a procedure nobody has used yet.
        this.procedure = new ProcedurePage(cat, layout, () -> null, () -> null);
        this.submission = new SubmissionPages(cat, layout, () -> null, () -> null, clock);
    }

    @Override
    public String page(ProcedureDefinition procedure) {
        Unit unit = unitFor(procedure);
        Lang l = Lang.VI;
        Html h = new Html();
        h.trusted(this.procedure.disclosure(unit, procedure, l).toString());
        h.trusted("<hr>");
        h.trusted(submission.form(unit, procedure, FormValues.empty(), Map.of(), null, l).toString());
        return layout.bare(l, procedure.name(), h);
    }

    /** The first unit listed, or the first unit of the procedure's level: the appointment depends on its calendar. */
    private Unit unitFor(ProcedureDefinition d) {
        return d.applicability().units().stream().map(units::find).flatMap(java.util.Optional::stream).findFirst()
                .or(() -> units.all().stream().filter(u -> u.level() == d.applicability().level()).findFirst())
                .or(() -> units.all().stream().findFirst())
                .orElseThrow(() -> new IllegalStateException("the unit directory is empty"));
    }
}
