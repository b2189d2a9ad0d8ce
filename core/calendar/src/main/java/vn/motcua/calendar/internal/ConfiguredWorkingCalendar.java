package vn.motcua.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.motcua.calendar.CalendarAdministration;
import vn.motcua.calendar.CalendarDataException;
import vn.motcua.calendar.CalendarStorage;
import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.DeadlineRequest;
import vn.motcua.calendar.Timeliness;
import vn.motcua.calendar.UnitClosure;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingPeriod;
import vn.motcua.calendar.YearSchedule;

/**
 * The working calendar read from {@code config/calendar/} and the data folder; plain Java, usable without OSGi.
 *
 * <pre>{@code
 * var calendar = ConfiguredWorkingCalendar.load(Path.of("config"), Optional.of(Path.of("data")), Clock.systemUTC());
 * var shippedOnly = ConfiguredWorkingCalendar.shipped(Clock.systemUTC());   // for tests of other modules
 * }</pre>
 *
 * <p>Year schedules, by precedence: {@code <data>/calendar/<year>.yaml} (stored by an administrator), then
 * {@code <config>/calendar/<year>.yaml} (shipped), then derived from Labour Code 2019 Art. 112. Without a data folder
 * administrative changes live in memory only.
 *
 * <p>Once {@link #attach attached} to a {@link CalendarStorage} (PostgreSQL, shared by every node; decision 1415) the
 * administered files are read from and written to the database by the same names, the data folder keeping this node's
 * copy; its files are published once if the database has none.
 *
 * <p>Thread-safe: computations read one immutable {@link CalendarState}; administration is serialised and swaps in
 * a new state after persisting.
 */
public final class ConfiguredWorkingCalendar implements WorkingCalendar, CalendarAdministration {

    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.yaml");
    private static final String SHIPPED = "vn/motcua/calendar/defaults/";
    private static final String CLOSURES_FILE = "closures.yaml";

    private final CalendarYaml yaml = new CalendarYaml();
    private final VietnameseLunarCalendar lunar = new VietnameseLunarCalendar();
    private final Map<Integer, YearSchedule> configured;
    private final Map<Integer, YearSchedule> administered;
    private final List<UnitClosure> adminClosures;
    private final Optional<Path> dataCalendarDir;
    private final Clock clock;
    private volatile CalendarState state;
    /** The shared calendar files, or null while the data folder is the only copy. */
    private volatile CalendarStorage shared;
    /** The change number the administered schedules and closures reflect while shared. */
    private volatile long seen = Long.MIN_VALUE;

    private ConfiguredWorkingCalendar(CalendarSettings settings, Map<Integer, YearSchedule> configured,
                                      Optional<Path> dataDir, Clock clock) {
        this.configured = configured;
        this.dataCalendarDir = dataDir.map(d -> d.resolve("calendar"));
        this.clock = Objects.requireNonNull(clock, "clock");
        this.administered = new HashMap<>();
        this.adminClosures = new ArrayList<>();
        dataCalendarDir.ifPresent(dir -> readAdministered(dir, settings));
        this.state = newState(settings);
    }

    /**
     * Reads {@code <configDir>/calendar/settings.yaml} and every {@code <configDir>/calendar/<year>.yaml}, and what an
     * administrator stored under {@code <dataDir>/calendar/}.
     *
     * @throws CalendarDataException naming the file if anything is missing or invalid
     */
    public static ConfiguredWorkingCalendar load(Path configDir, Optional<Path> dataDir, Clock clock) {
        Path dir = Objects.requireNonNull(configDir, "configDir").resolve("calendar");
        CalendarYaml yaml = new CalendarYaml();
        CalendarSettings settings = yaml.readSettings(open(dir.resolve("settings.yaml")), dir.resolve("settings.yaml").toString());
        return new ConfiguredWorkingCalendar(settings, readYears(yaml, dir, settings), dataDir, clock);
    }

    /** The settings and official schedules shipped inside this bundle (a copy of {@code config/calendar/}); no data folder. */
    public static ConfiguredWorkingCalendar shipped(Clock clock) {
        CalendarYaml yaml = new CalendarYaml();
        ClassLoader loader = ConfiguredWorkingCalendar.class.getClassLoader();
        CalendarSettings settings = yaml.readSettings(resource(loader, "settings.yaml"), "classpath:" + SHIPPED + "settings.yaml");
        Map<Integer, YearSchedule> years = new HashMap<>();
        for (int year = UnitTimeline.MIN_YEAR; year <= UnitTimeline.MAX_YEAR; year++) {
            InputStream in = loader.getResourceAsStream(SHIPPED + year + ".yaml");
            if (in != null) {
                years.put(year, checkYear(yaml.readSchedule(in, "classpath:" + SHIPPED + year + ".yaml", settings.restDays()), year));
            }
        }
        return new ConfiguredWorkingCalendar(settings, years, Optional.empty(), clock);
    }

    // --- WorkingCalendar -------------------------------------------------------------------------------------------

    @Override
    public Deadline deadline(DeadlineRequest request) {
        Objects.requireNonNull(request, "request");
        return state.deadlines.deadline(request);
    }

    @Override
    public Optional<Instant> dueAt(DeadlineRequest request) {
        long due = state.deadlines.due(Objects.requireNonNull(request, "request"));
        return due == DeadlineCalculator.SUSPENDED ? Optional.empty() : Optional.of(UnitTimeline.toInstant(due));
    }

    @Override
    public Duration workingTimeBetween(String unitCode, Instant from, Instant to) {
        long nanos = timeline(unitCode).between(UnitTimeline.toNanos(from), UnitTimeline.toNanos(to));
        return Duration.ofNanos(nanos);
    }

    @Override
    public Instant nextWorkingMoment(String unitCode, Instant at) {
        long t = UnitTimeline.toNanos(Objects.requireNonNull(at, "at"));
        long next = timeline(unitCode).nextWorkingMoment(t);
        return next == t ? at : UnitTimeline.toInstant(next);
    }

    @Override
    public Instant addWorkingTime(String unitCode, Instant start, Duration workingTime) {
        long t = UnitTimeline.toNanos(Objects.requireNonNull(start, "start"));
        return UnitTimeline.toInstant(timeline(unitCode).add(t, nonNegativeNanos(workingTime)));
    }

    @Override
    public Instant subtractWorkingTime(String unitCode, Instant due, Duration workingTime) {
        long t = UnitTimeline.toNanos(Objects.requireNonNull(due, "due"));
        return UnitTimeline.toInstant(timeline(unitCode).subtract(t, nonNegativeNanos(workingTime)));
    }

    /** Rule: docs/decisions/0101-early-on-time-late.md. */
    @Override
    public Timeliness classify(String unitCode, Instant completedAt, Instant due) {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(due, "due");
        if (completedAt.isAfter(due)) {
            return Timeliness.LATE;
        }
        long completedDay = UnitTimeline.localDay(UnitTimeline.toNanos(completedAt));
        long dueDay = UnitTimeline.localDay(UnitTimeline.toNanos(due));
        return completedDay < dueDay ? Timeliness.EARLY : Timeliness.ON_TIME;
    }

    @Override
    public Duration dueSoonThreshold() {
        return state.settings.dueSoonThreshold();
    }

    @Override
    public List<WorkingPeriod> workingHours(String unitCode) {
        return state.settings.hoursOf(Objects.requireNonNull(unitCode, "unitCode"));
    }

    @Override
    public YearSchedule schedule(int year) {
        if (year < UnitTimeline.MIN_YEAR || year > UnitTimeline.MAX_YEAR) {
            throw new IllegalArgumentException("year outside the supported years " + UnitTimeline.MIN_YEAR + "–" + UnitTimeline.MAX_YEAR + ": " + year);
        }
        return state.schedule(year);
    }

    // --- CalendarAdministration ------------------------------------------------------------------------------------

    @Override
    public synchronized YearSchedule replaceSchedule(YearSchedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        refresh();
        String source = dataCalendarDir.map(d -> d.resolve(schedule.year() + ".yaml").toString()).orElse("administration (in memory)");
        YearSchedule stored = yaml.validated(new YearSchedule(schedule.year(), true, schedule.nonWorkingDays(),
                schedule.workingDays(), source), state.settings.restDays());
        store(stored.year() + ".yaml", yaml.scheduleText(stored, clock.instant()));
        administered.put(stored.year(), stored);
        state = newState(state.settings);
        return stored;
    }

    @Override
    public YearSchedule importSchedule(InputStream in) {
        Objects.requireNonNull(in, "yaml");
        return replaceSchedule(yaml.readSchedule(in, "uploaded schedule", state.settings.restDays()));
    }

    @Override
    public synchronized boolean removeSchedule(int year) {
        refresh();
        if (!administered.containsKey(year)) {
            return false;
        }
        unstore(year + ".yaml");
        administered.remove(year);
        state = newState(state.settings);
        return true;
    }

    @Override
    public synchronized void addClosure(UnitClosure closure) {
        Objects.requireNonNull(closure, "closure");
        refresh();
        adminClosures.add(closure);
        persistClosures();
    }

    @Override
    public synchronized boolean removeClosure(UnitClosure closure) {
        Objects.requireNonNull(closure, "closure");
        refresh();
        boolean removed = adminClosures.removeIf(c -> c.unitCode().equals(closure.unitCode())
                && c.from().equals(closure.from()) && c.to().equals(closure.to()));
        if (removed) {
            persistClosures();
        }
        return removed;
    }

    @Override
    public List<UnitClosure> closures(String unitCode) {
        return state.closures(Objects.requireNonNull(unitCode, "unitCode"));
    }

    // --- internals -------------------------------------------------------------------------------------------------

    private UnitTimeline timeline(String unitCode) {
        return state.timeline(Objects.requireNonNull(unitCode, "unitCode"));
    }

    private CalendarState newState(CalendarSettings settings) {
        Map<Integer, YearSchedule> official = new HashMap<>(configured);
        official.putAll(administered);
        return new CalendarState(settings, official, adminClosures, lunar);
    }

    private void persistClosures() {
        store(CLOSURES_FILE, yaml.closuresText(adminClosures, clock.instant()));
        state = newState(state.settings);
    }

    // --- shared through the database (decision 1415) ---------------------------------------------------------------

    /**
     * From now on, administered files are read from and written to {@code storage}; this node's files are published
     * first if the database has none (the first node of a cluster, or a single node that moves to PostgreSQL).
     */
    public synchronized void attach(CalendarStorage storage) {
        Map<String, String> mine = new HashMap<>();
        dataCalendarDir.filter(Files::isDirectory).ifPresent(dir -> {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.yaml")) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    if (YEAR_FILE.matcher(name).matches() || CLOSURES_FILE.equals(name)) {
                        mine.put(name, Files.readString(file));
                    }
                }
            } catch (IOException e) {
                throw new CalendarDataException("cannot read " + dir + ": " + e.getMessage(), e);
            }
        });
        storage.publishIfNone(mine);
        this.shared = storage;
        this.seen = Long.MIN_VALUE;
        refresh();
    }

    /** Back to the data folder alone; what was last read stays in force. */
    public synchronized void detach() {
        this.shared = null;
    }

    /**
     * One poll: when the shared change number moved, re-reads every administered file from the database (and keeps a
     * copy in the data folder); deadlines computed from then on use it. True if something was reloaded.
     */
    public synchronized boolean refresh() {
        CalendarStorage s = shared;
        if (s == null || s.changeNumber() == seen) {
            return false;
        }
        CalendarStorage.State read = s.read();
        Map<Integer, YearSchedule> years = new HashMap<>();
        List<UnitClosure> closures = new ArrayList<>();
        read.files().forEach((name, text) -> {
            String source = dataCalendarDir.map(d -> d.resolve(name).toString()).orElse("calendar/" + name);
            var year = YEAR_FILE.matcher(name);
            if (year.matches()) {
                years.put(Integer.parseInt(year.group(1)), checkYear(yaml.readSchedule(in(text), source,
                        state.settings.restDays()), Integer.parseInt(year.group(1))));
            } else if (CLOSURES_FILE.equals(name)) {
                closures.addAll(yaml.readClosures(in(text), source));
            }
        });
        dataCalendarDir.ifPresent(dir -> mirror(dir, read.files()));
        administered.clear();
        administered.putAll(years);
        adminClosures.clear();
        adminClosures.addAll(closures);
        state = newState(state.settings);
        seen = read.changeNumber();
        return true;
    }

    /** Keeps an administered file: in the database when shared (and reloads from it), else in the data folder. */
    private void store(String name, String text) {
        CalendarStorage s = shared;
        if (s != null) {
            s.write(name, text);
            refresh();
        } else {
            dataCalendarDir.ifPresent(dir -> CalendarYaml.write(dir.resolve(name), text));
        }
    }

    private void unstore(String name) {
        CalendarStorage s = shared;
        if (s != null) {
            s.remove(name);
            refresh();
        } else {
            dataCalendarDir.ifPresent(dir -> delete(dir.resolve(name)));
        }
    }

    /** This node's copy of the shared files, so that the data folder always shows what is in force. */
    private static void mirror(Path dir, Map<String, String> files) {
        files.forEach((name, text) -> CalendarYaml.write(dir.resolve(name), text));
        if (!files.containsKey(CLOSURES_FILE)) {
            delete(dir.resolve(CLOSURES_FILE));
        }
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> local = Files.newDirectoryStream(dir, "*.yaml")) {
                for (Path file : local) {
                    String name = file.getFileName().toString();
                    if (YEAR_FILE.matcher(name).matches() && !files.containsKey(name)) {
                        delete(file);
                    }
                }
            } catch (IOException e) {
                throw new CalendarDataException("cannot list " + dir + ": " + e.getMessage(), e);
            }
        }
    }

    private static InputStream in(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void readAdministered(Path dir, CalendarSettings settings) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        administered.putAll(readYears(yaml, dir, settings));
        Path closures = dir.resolve(CLOSURES_FILE);
        if (Files.exists(closures)) {
            adminClosures.addAll(yaml.readClosures(open(closures), closures.toString()));
        }
    }

    private static Map<Integer, YearSchedule> readYears(CalendarYaml yaml, Path dir, CalendarSettings settings) {
        Map<Integer, YearSchedule> years = new HashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.yaml")) {
            for (Path file : files) {
                var matcher = YEAR_FILE.matcher(file.getFileName().toString());
                if (matcher.matches()) {
                    int year = Integer.parseInt(matcher.group(1));
                    years.put(year, checkYear(yaml.readSchedule(open(file), file.toString(), settings.restDays()), year));
                }
            }
        } catch (IOException e) {
            throw new CalendarDataException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        return years;
    }

    private static YearSchedule checkYear(YearSchedule schedule, int expected) {
        if (schedule.year() != expected) {
            throw new CalendarDataException(schedule.source() + ": says year " + schedule.year() + " but is named " + expected + ".yaml");
        }
        return schedule;
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new CalendarDataException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static InputStream resource(ClassLoader loader, String name) {
        InputStream in = loader.getResourceAsStream(SHIPPED + name);
        if (in == null) {
            throw new CalendarDataException("missing shipped resource " + SHIPPED + name);
        }
        return in;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new CalendarDataException("cannot delete " + file + ": " + e.getMessage(), e);
        }
    }

    private static long nonNegativeNanos(Duration workingTime) {
        Objects.requireNonNull(workingTime, "workingTime");
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("working time must not be negative: " + workingTime);
        }
        return workingTime.toNanos();
    }
}
