package vn.motcua.calendar.internal;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import vn.motcua.calendar.CalendarAdministration;
import vn.motcua.calendar.CalendarStorage;
import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.DeadlineRequest;
import vn.motcua.calendar.Timeliness;
import vn.motcua.calendar.UnitClosure;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingPeriod;
import vn.motcua.calendar.YearSchedule;

/**
 * Registers the calendar as {@link WorkingCalendar} and {@link CalendarAdministration}. Reads
 * {@code <motcua.config.dir>/calendar/} and {@code <motcua.data.dir>/calendar/}; without {@code motcua.config.dir} it
 * uses the copy of {@code config/calendar/} shipped in the bundle. On PostgreSQL the administered files are shared by
 * every node through {@link CalendarStorage} and polled (decision 1415). All logic is in {@link ConfiguredWorkingCalendar}.
 */
@Component(service = {WorkingCalendar.class, CalendarAdministration.class})
public final class CalendarComponent implements WorkingCalendar, CalendarAdministration {

    private final ConfiguredWorkingCalendar calendar;
    private final long pollMillis;
    private SharedCalendarPoll poll;

    @Activate
    public CalendarComponent(BundleContext context) {
        Optional<Path> configDir = Optional.ofNullable(context.getProperty("motcua.config.dir")).map(Path::of);
        Optional<Path> dataDir = Optional.ofNullable(context.getProperty("motcua.data.dir")).map(Path::of);
        this.calendar = configDir
                .map(dir -> ConfiguredWorkingCalendar.load(dir, dataDir, Clock.systemUTC()))
                .orElseGet(() -> ConfiguredWorkingCalendar.shipped(Clock.systemUTC()));
        this.pollMillis = SharedCalendarPoll.interval(context.getProperty(SharedCalendarPoll.SETTING));
    }

    /** The calendar files shared by every node (PostgreSQL): read when bound, then polled. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, unbind = "unbindStorage")
    synchronized void bindStorage(CalendarStorage storage) {
        closePoll();
        calendar.attach(storage);
        poll = new SharedCalendarPoll(calendar, pollMillis);
    }

    synchronized void unbindStorage(CalendarStorage storage) {
        closePoll();
        calendar.detach();
    }

    @Deactivate
    synchronized void deactivate() {
        closePoll();
    }

    private void closePoll() {
        if (poll != null) {
            poll.close();
            poll = null;
        }
    }

    @Override public Deadline deadline(DeadlineRequest request) { return calendar.deadline(request); }
    @Override public Optional<Instant> dueAt(DeadlineRequest request) { return calendar.dueAt(request); }
    @Override public Duration workingTimeBetween(String unitCode, Instant from, Instant to) { return calendar.workingTimeBetween(unitCode, from, to); }
    @Override public Instant nextWorkingMoment(String unitCode, Instant at) { return calendar.nextWorkingMoment(unitCode, at); }
    @Override public Instant addWorkingTime(String unitCode, Instant start, Duration d) { return calendar.addWorkingTime(unitCode, start, d); }
    @Override public Instant subtractWorkingTime(String unitCode, Instant due, Duration d) { return calendar.subtractWorkingTime(unitCode, due, d); }
    @Override public Timeliness classify(String unitCode, Instant completedAt, Instant due) { return calendar.classify(unitCode, completedAt, due); }
    @Override public Duration dueSoonThreshold() { return calendar.dueSoonThreshold(); }
    @Override public List<WorkingPeriod> workingHours(String unitCode) { return calendar.workingHours(unitCode); }
    @Override public YearSchedule schedule(int year) { return calendar.schedule(year); }
    @Override public YearSchedule replaceSchedule(YearSchedule schedule) { return calendar.replaceSchedule(schedule); }
    @Override public YearSchedule importSchedule(InputStream yaml) { return calendar.importSchedule(yaml); }
    @Override public boolean removeSchedule(int year) { return calendar.removeSchedule(year); }
    @Override public void addClosure(UnitClosure closure) { calendar.addClosure(closure); }
    @Override public boolean removeClosure(UnitClosure closure) { return calendar.removeClosure(closure); }
    @Override public List<UnitClosure> closures(String unitCode) { return calendar.closures(unitCode); }
}
