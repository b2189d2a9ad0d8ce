package vn.motcua.calendar.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.calendar.CalendarDataException;
import vn.motcua.calendar.UnitClosure;
import vn.motcua.calendar.WorkingPeriod;
import vn.motcua.calendar.YearSchedule;

/**
 * Reads and writes the calendar's YAML files: {@code settings.yaml}, {@code <year>.yaml} and {@code closures.yaml}.
 * Every error names the file and the entry. Thread-safe (the mapper is).
 */
final class CalendarYaml {

    private static final long WORKING_DAY_HOURS = 8; // 1 working day = 8 working hours (Circular 01/2018/TT-VPCP)
    private final YAMLMapper mapper = new YAMLMapper();

    CalendarSettings readSettings(InputStream in, String source) {
        JsonNode root = parse(in, source);
        List<WorkingPeriod> hours = periods(root.path("workingHours"), source + ": workingHours");
        Set<DayOfWeek> restDays = EnumSet.noneOf(DayOfWeek.class);
        for (JsonNode day : root.path("restDays")) {
            try {
                restDays.add(DayOfWeek.valueOf(day.asText().trim().toUpperCase()));
            } catch (IllegalArgumentException e) {
                throw new CalendarDataException(source + ": restDays: not a day of the week: " + day.asText());
            }
        }
        LocalTime cutoff = time(root.path("cutoff"), source + ": cutoff");
        Duration dueSoon = workingDuration(root.path("dueSoonThreshold"), source + ": dueSoonThreshold");
        Map<String, List<WorkingPeriod>> unitHours = new HashMap<>();
        root.path("units").fields().forEachRemaining(e ->
                unitHours.put(e.getKey(), periods(e.getValue().path("workingHours"), source + ": units." + e.getKey())));
        List<UnitClosure> closures = closures(root.path("closures"), source + ": closures");
        return new CalendarSettings(hours, restDays, cutoff, dueSoon, unitHours, closures);
    }

    /**
     * Reads a year schedule. Entries are {@code {date, reason}} or {@code {from, to, reason}}; days of a range that are
     * weekly rest days anyway are dropped, as {@link YearSchedule#nonWorkingDays()} holds only days that would otherwise
     * be worked.
     */
    YearSchedule readSchedule(InputStream in, String source, Set<DayOfWeek> restDays) {
        JsonNode root = parse(in, source);
        if (!root.path("year").canConvertToInt()) {
            throw new CalendarDataException(source + ": 'year' is missing or not a number");
        }
        int year = root.path("year").asInt();
        List<YearSchedule.Day> off = new ArrayList<>();
        for (YearSchedule.Day day : days(root.path("nonWorkingDays"), source + ": nonWorkingDays")) {
            if (!restDays.contains(day.date().getDayOfWeek())) {
                off.add(day);
            }
        }
        List<YearSchedule.Day> worked = days(root.path("workingDays"), source + ": workingDays");
        return validated(new YearSchedule(year, true, off, worked, source), restDays);
    }

    /** Checks that every date is in the schedule's year, no day is both off and worked, and swaps are on rest days. */
    YearSchedule validated(YearSchedule schedule, Set<DayOfWeek> restDays) {
        String where = schedule.source() + " (" + schedule.year() + ")";
        Set<LocalDate> off = new HashSet<>();
        for (YearSchedule.Day day : schedule.nonWorkingDays()) {
            checkYear(day, schedule.year(), where);
            off.add(day.date());
        }
        for (YearSchedule.Day day : schedule.workingDays()) {
            checkYear(day, schedule.year(), where);
            if (off.contains(day.date())) {
                throw new CalendarDataException(where + ": " + day.date() + " is both a non-working and a working day");
            }
            if (!restDays.contains(day.date().getDayOfWeek())) {
                throw new CalendarDataException(where + ": swapped working day " + day.date()
                        + " is a " + day.date().getDayOfWeek() + ", not a weekly rest day");
            }
        }
        return schedule;
    }

    /** The text of {@code <data>/calendar/<year>.yaml}, as stored in the file or shared through the database. */
    String scheduleText(YearSchedule schedule, Instant storedAt) {
        ObjectNode root = mapper.createObjectNode();
        root.put("year", schedule.year());
        writeDays(root.putArray("nonWorkingDays"), schedule.nonWorkingDays());
        writeDays(root.putArray("workingDays"), schedule.workingDays());
        return text("# Official schedule stored by the city administrator at " + storedAt
                + "; it wins over config/calendar/" + schedule.year() + ".yaml.\n", root);
    }

    List<UnitClosure> readClosures(InputStream in, String source) {
        return closures(parse(in, source).path("closures"), source + ": closures");
    }

    /** The text of {@code <data>/calendar/closures.yaml}. */
    String closuresText(List<UnitClosure> closures, Instant storedAt) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode list = root.putArray("closures");
        for (UnitClosure c : closures) {
            list.addObject().put("unit", c.unitCode()).put("from", c.from().toString())
                    .put("to", c.to().toString()).put("reason", c.reason());
        }
        return text("# Ad-hoc unit closures stored by the city administrator, last change " + storedAt + "\n", root);
    }

    private String text(String header, JsonNode root) {
        try {
            return header + mapper.writeValueAsString(root);
        } catch (IOException e) {
            throw new CalendarDataException("cannot write the calendar as YAML: " + e.getMessage(), e);
        }
    }

    /** Writes a calendar file whole (a temporary file moved into place, so a crash never leaves half a file). */
    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CalendarDataException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private void writeDays(ArrayNode list, List<YearSchedule.Day> days) {
        for (YearSchedule.Day d : days) {
            list.addObject().put("date", d.date().toString()).put("reason", d.reason());
        }
    }

    private JsonNode parse(InputStream in, String source) {
        try (in) {
            JsonNode root = mapper.readTree(in);
            if (root == null || !root.isObject()) {
                throw new CalendarDataException(source + ": expected a YAML mapping at the top");
            }
            return root;
        } catch (IOException e) {
            throw new CalendarDataException(source + ": not readable YAML: " + e.getMessage(), e);
        }
    }

    private List<YearSchedule.Day> days(JsonNode list, String where) {
        List<YearSchedule.Day> days = new ArrayList<>();
        for (JsonNode entry : list) {
            String reason = text(entry, "reason", where);
            if (entry.has("date")) {
                days.add(new YearSchedule.Day(date(entry.path("date"), where), reason));
            } else {
                LocalDate from = date(entry.path("from"), where);
                LocalDate to = date(entry.path("to"), where);
                if (to.isBefore(from)) {
                    throw new CalendarDataException(where + ": range ends before it starts: " + from + " > " + to);
                }
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    days.add(new YearSchedule.Day(d, reason));
                }
            }
        }
        return days;
    }

    private List<UnitClosure> closures(JsonNode list, String where) {
        List<UnitClosure> closures = new ArrayList<>();
        for (JsonNode entry : list) {
            try {
                closures.add(new UnitClosure(text(entry, "unit", where), date(entry.path("from"), where),
                        date(entry.path("to"), where), text(entry, "reason", where)));
            } catch (IllegalArgumentException e) {
                throw new CalendarDataException(where + ": " + e.getMessage(), e);
            }
        }
        return closures;
    }

    private List<WorkingPeriod> periods(JsonNode list, String where) {
        List<WorkingPeriod> periods = new ArrayList<>();
        for (JsonNode entry : list) {
            try {
                periods.add(new WorkingPeriod(time(entry.path("start"), where), time(entry.path("end"), where)));
            } catch (IllegalArgumentException e) {
                throw new CalendarDataException(where + ": " + e.getMessage(), e);
            }
        }
        if (periods.isEmpty()) {
            throw new CalendarDataException(where + ": at least one working period {start, end} is needed");
        }
        periods.sort((a, b) -> a.start().compareTo(b.start()));
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i).start().isBefore(periods.get(i - 1).end())) {
                throw new CalendarDataException(where + ": working periods overlap: " + periods.get(i - 1) + ", " + periods.get(i));
            }
        }
        return periods;
    }

    private Duration workingDuration(JsonNode node, String where) {
        if (node.path("workingDays").canConvertToInt()) {
            return Duration.ofHours(WORKING_DAY_HOURS * node.path("workingDays").asInt());
        }
        if (node.path("workingHours").canConvertToInt()) {
            return Duration.ofHours(node.path("workingHours").asInt());
        }
        throw new CalendarDataException(where + ": expected {workingDays: n} or {workingHours: n}");
    }

    private static String text(JsonNode entry, String field, String where) {
        JsonNode value = entry.path(field);
        if (!value.isValueNode() || value.asText().isBlank()) {
            throw new CalendarDataException(where + ": entry " + entry + " has no '" + field + "'");
        }
        return value.asText();
    }

    private static LocalDate date(JsonNode node, String where) {
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeException e) {
            throw new CalendarDataException(where + ": not a date (yyyy-MM-dd): '" + node.asText() + "'", e);
        }
    }

    private static LocalTime time(JsonNode node, String where) {
        try {
            return LocalTime.parse(node.asText());
        } catch (DateTimeException e) {
            throw new CalendarDataException(where + ": not a time (HH:mm, quoted): '" + node.asText() + "'", e);
        }
    }

    private static void checkYear(YearSchedule.Day day, int year, String where) {
        if (day.date().getYear() != year) {
            throw new CalendarDataException(where + ": " + day.date() + " is not in " + year);
        }
    }
}
