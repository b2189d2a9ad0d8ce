package vn.motcua.engine.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.engine.feedback.FeedbackDesk;
import vn.motcua.engine.feedback.FeedbackItem;
import vn.motcua.engine.feedback.FeedbackOfficer;
import vn.motcua.engine.feedback.PublishedAnswer;
import vn.motcua.runtime.units.UnitDirectory;
import vn.motcua.storage.FeedbackDeskStore;

/** Wires {@link StoredFeedbackDesk} in OSGi with the deadline of {@code <config>/feedback.properties}. */
@Component(service = FeedbackDesk.class)
public final class FeedbackDeskComponent implements FeedbackDesk {

    private final StoredFeedbackDesk desk;

    @Activate
    public FeedbackDeskComponent(BundleContext context, @Reference FeedbackDeskStore store, @Reference WorkingCalendar calendar,
                                 @Reference UnitDirectory units) {
        this.desk = create(context, store, calendar, units);
    }

    /** The one way both desks (staff and citizen) build it, so that they count the same deadline. */
    static StoredFeedbackDesk create(BundleContext context, FeedbackDeskStore store, WorkingCalendar calendar, UnitDirectory units) {
        return new StoredFeedbackDesk(store, calendar, code -> units.find(code).isPresent(),
                FeedbackSettings.read(context.getProperty("motcua.config.dir")).responseWorkingDays(), Clock.systemUTC());
    }

    @Override
    public List<FeedbackItem> inbox(FeedbackOfficer who, boolean openOnly) {
        return desk.inbox(who, openOnly);
    }

    @Override
    public Optional<FeedbackItem> find(FeedbackOfficer who, String reference) {
        return desk.find(who, reference);
    }

    @Override
    public FeedbackItem assign(FeedbackOfficer who, String reference, String officerLogin) {
        return desk.assign(who, reference, officerLogin);
    }

    @Override
    public FeedbackItem forward(FeedbackOfficer who, String reference, String toUnit, String reason) {
        return desk.forward(who, reference, toUnit, reason);
    }

    @Override
    public FeedbackItem answer(FeedbackOfficer who, String reference, String answer, boolean publish) {
        return desk.answer(who, reference, answer, publish);
    }

    @Override
    public FeedbackItem publish(FeedbackOfficer who, String reference, boolean published) {
        return desk.publish(who, reference, published);
    }

    @Override
    public List<PublishedAnswer> published(String procedureCode, int limit) {
        return desk.published(procedureCode, limit);
    }
}
