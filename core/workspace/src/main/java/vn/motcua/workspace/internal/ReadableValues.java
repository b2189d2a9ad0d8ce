package vn.motcua.workspace.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.motcua.api.procedure.Field;
import vn.motcua.api.procedure.FieldType;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.Step;
import vn.motcua.engine.ActorRole;
import vn.motcua.engine.EventView;
import vn.motcua.pages.html.Html;
import vn.motcua.pages.i18n.Messages;

/**
 * Every stored value as a person reads it, for every workspace page (decision 1320): a repeating group as a table,
 * a date as dd/MM/yyyy, a choice by its label, a unit and a step by their names, the actor of an event by role.
 * Raw forms ({@code [{hoTen=…}]}, {@code 2026-12-04}, {@code buoc-2}, {@code citizen}) never reach the page. Words
 * come from the workspace's bundle ({@code value.*}, {@code actor.<role>}).
 */
final class ReadableValues {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * An absolute path (Unix {@code /a/b/c}, Windows {@code C:\a\b} or a {@code file:} URL): only its last part, the
     * file name, is kept. A path tells an attacker the layout of the server and tells an administrator nothing.
     */
    private static final Pattern SERVER_PATH = Pattern.compile(
            "(?:file:)?(?:(?<![\\w.])/(?:[^\\s/:;,'\"()]+/)+|[A-Za-z]:\\\\(?:[^\\s\\\\:;,'\"()]+\\\\)+)(?=[^\\s/\\\\])");

    private final Function<String, Optional<String>> unitNames;

    /** @param unitNames a unit's name by its code, empty when the code is unknown */
    ReadableValues(Function<String, Optional<String>> unitNames) {
        this.unitNames = unitNames;
    }

    /** The text with every absolute server path cut down to its file name; null stays null. */
    static String withoutServerPaths(String text) {
        return text == null ? null : SERVER_PATH.matcher(text).replaceAll("");
    }

    /** A date as dd/MM/yyyy; "—" for none. */
    static String date(LocalDate d) {
        return d == null ? "—" : DATE.format(d);
    }

    /** A unit by its name, the code after it so officers can still match paper records; the code alone if unknown. */
    String unit(String code) {
        if (code == null || code.isBlank()) {
            return "—";
        }
        return unitNames.apply(code).map(n -> n + " (" + code + ")").orElse(code);
    }

    /** A step by its name in the procedure version the dossier follows; the id only if that version does not know it. */
    static String step(Optional<ProcedureDefinition> procedure, String stepId) {
        if (stepId == null) {
            return "—";
        }
        return procedure.flatMap(p -> p.steps().stream().filter(s -> s.id().equals(stepId)).findFirst())
                .map(Step::name).orElse(stepId);
    }

    /**
     * Who did an event, in words: the applicant and the platform by what they are (their stored ids are technical),
     * an officer by role, unit and login so the history stays traceable. {@code STAFF} is never recorded (the engine
     * records the resolved role) and is worded for completeness.
     */
    String actor(Messages m, EventView e) {
        ActorRole role = e.role() == null ? ActorRole.SYSTEM : e.role();
        String who = m.t("actor." + role.name());
        if (role == ActorRole.CITIZEN || role == ActorRole.SYSTEM) {
            return who;
        }
        return who + " " + e.actor() + (e.unitCode() == null ? "" : ", " + unit(e.unitCode()));
    }

    /** A single value as text; a group is summarised as its row count (use {@link #write} to show its rows). */
    String text(Messages m, Field f, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return "—";
        }
        if (f == null) {
            return untyped(value);
        }
        return switch (f.type()) {
            case CHECKBOX -> m.t(Boolean.parseBoolean(String.valueOf(value)) ? "value.yes" : "value.no");
            case CHOICE -> String.join("; ", items(value).stream().map(String::valueOf).map(c -> f.options().stream()
                    .filter(o -> o.value().equals(c)).findFirst().map(o -> o.label()).orElse(c)).toList());
            case DATE -> dateText(String.valueOf(value));
            case NUMBER -> number(value);
            case GROUP -> m.t("value.rows", items(value).size());
            default -> untyped(value);
        };
    }

    /** A value into the page: a repeating group as a table with the group's own column labels, anything else as text. */
    void write(Html h, Messages m, Field f, Object value) {
        if (f != null && f.type() == FieldType.GROUP && !items(value).isEmpty()) {
            h.open("table", "class", "group").open("thead").open("tr");
            h.el("th", m.t("value.rowNumber"), "scope", "col");
            for (Field sub : f.fields()) {
                h.el("th", sub.label(), "scope", "col");
            }
            h.close("tr").close("thead").open("tbody");
            int n = 0;
            for (Object row : items(value)) {
                h.open("tr").el("td", Integer.toString(++n));
                Map<?, ?> cells = row instanceof Map<?, ?> map ? map : Map.of();
                for (Field sub : f.fields()) {
                    h.open("td");
                    write(h, m, sub, cells.get(sub.id()));
                    h.close("td");
                }
                h.close("tr");
            }
            h.close("tbody").close("table");
            return;
        }
        h.text(text(m, f, value));
    }

    private static List<?> items(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> l ? l : List.of(value);
    }

    private static String dateText(String iso) {
        try {
            return date(LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso));
        } catch (DateTimeParseException e) {
            return iso; // not a date after all: shown as typed rather than hidden
        }
    }

    private static String number(Object value) {
        try {
            // no thousands separator: a number field also holds years and house numbers; a comma before decimals
            return new BigDecimal(String.valueOf(value).trim()).stripTrailingZeros().toPlainString().replace('.', ',');
        } catch (NumberFormatException e) {
            return String.valueOf(value);
        }
    }

    /** A value without its field (a key the form no longer declares): lists and maps without Java's brackets. */
    private static String untyped(Object value) {
        if (value instanceof List<?> l) {
            List<String> out = new ArrayList<>();
            l.forEach(x -> out.add(untyped(x)));
            return String.join("; ", out);
        }
        if (value instanceof Map<?, ?> m) {
            List<String> out = new ArrayList<>();
            m.forEach((k, v) -> out.add(k + ": " + untyped(v)));
            return String.join(", ", out);
        }
        return String.valueOf(value);
    }
}
