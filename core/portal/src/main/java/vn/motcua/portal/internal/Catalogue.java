package vn.motcua.portal.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.motcua.api.procedure.ProcedureDefinition;
import vn.motcua.api.procedure.TimeLimit;
import vn.motcua.calendar.DeadlineRequest;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.descriptor.VietnameseText;
import vn.motcua.runtime.registry.ProcedureRegistry;
import vn.motcua.runtime.registry.RegisteredProcedure;
import vn.motcua.runtime.registry.Resolution;
import vn.motcua.runtime.units.Unit;
import vn.motcua.runtime.units.UnitDirectory;

/** What the pages read: units, the procedures offered at a unit, appointments. Thread-safe (reads only). */
final class Catalogue {

    private final ProcedureRegistry registry;
    private final UnitDirectory units;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final ProcedureSearch search;
    private final UnitContacts contacts;

    Catalogue(ProcedureRegistry registry, UnitDirectory units, WorkingCalendar calendar, Clock clock) {
        this(registry, units, calendar, clock, SearchVocabulary.none(), UnitContacts.none());
    }

    Catalogue(ProcedureRegistry registry, UnitDirectory units, WorkingCalendar calendar, Clock clock,
              SearchVocabulary vocabulary, UnitContacts contacts) {
        this.registry = registry;
        this.units = units;
        this.calendar = calendar;
        this.clock = clock;
        this.search = new ProcedureSearch(vocabulary);
        this.contacts = contacts;
    }

    /** Every declared procedure matching the query (diacritics, everyday phrases and typos forgiven), best first. */
    List<ProcedureDefinition> searchProcedures(String query) {
        return search.find(query, proceduresByName(), d -> d);
    }

    /** The units where a citizen can submit the procedure now, by name; units matching {@code unitQuery} only, if given. */
    List<Unit> unitsOffering(String procedureCode, Optional<String> unitQuery) {
        List<Unit> candidates = unitQuery.map(this::searchUnits).orElseGet(this::unitsByName);
        return candidates.stream().filter(u -> switch (registry.resolve(procedureCode, u).status()) {
            case OFFERED, UPDATING -> true;
            default -> false;
        }).toList();
    }

    /** The unit's address and hotline as its config entry gives them (empty parts are not known). */
    UnitContacts.Contact contact(Unit unit) {
        return contacts.of(unit.code());
    }

    /** The unit's working hours as the calendar counts them, e.g. "08:00–12:00, 13:00–17:00". */
    String openingHours(Unit unit) {
        return String.join(", ", calendar.workingHours(unit.code()).stream().map(p -> p.start() + "–" + p.end()).toList());
    }

    List<Unit> units() {
        return units.all();
    }

    /** Units whose folded name or code contains the folded query. */
    List<Unit> searchUnits(String query) {
        String q = VietnameseText.fold(query);
        return units.all().stream().filter(u -> VietnameseText.fold(u.name()).contains(q) || u.code().equalsIgnoreCase(q)).toList();
    }

    /** The receiving unit of a dossier: the part of its code before the date, {@code <unit agency>-yyMMdd-nnnn}. */
    Optional<Unit> receivingUnit(String dossierCode) {
        String agency = dossierCode.substring(0, Math.max(0, dossierCode.length() - 12));
        return units.all().stream().filter(u -> u.agencyCode().equals(agency)).findFirst();
    }

    Optional<Unit> findUnit(String code) {
        return units.find(code);
    }

    Unit unit(String code, Lang lang) {
        return units.find(code).orElseThrow(() -> new NotFound(lang.t("unit.missing.title"), lang.t("unit.missing.lead", code)));
    }

    List<RegisteredProcedure> offeredAt(Unit unit, Optional<String> query) {
        return search.find(query.orElse(null), registry.offeredAt(unit), RegisteredProcedure::definition);
    }

    /** The procedure offered at the unit, or a page saying clearly why not (disabled, not offered). */
    ProcedureDefinition offered(String code, Unit unit, Lang lang) {
        Resolution r = registry.resolve(code, unit);
        return switch (r.status()) {
            case OFFERED, UPDATING -> r.procedure().orElseThrow().definition();
            case DISABLED -> throw new NotFound(lang.t("proc.paused.title"),
                    lang.t("proc.paused.lead", code, unit.name(), pause(r.pause(), lang)));
            case WAITING -> throw new NotFound(lang.t("proc.waiting.title"), lang.t("proc.waiting.lead", code, unit.name()));
            case NOT_OFFERED -> throw new NotFound(lang.t("unavailable"), lang.t("proc.notOffered.lead", code, unit.name()));
        };
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The administrator's last day and reason of a pause, as the citizen reads them (decision 1322). */
    private static String pause(Optional<vn.motcua.runtime.registry.Pause> pause, Lang lang) {
        return pause.map(p -> (p.until() == null ? "" : " " + lang.t("proc.paused.until", DAY.format(p.until())))
                + (p.reason() == null ? "" : ". " + lang.t("proc.paused.reason", p.reason()))).orElse("");
    }

    /** Every declared procedure once, by Vietnamese name (then code), for a citizen to pick from a list. */
    List<ProcedureDefinition> proceduresByName() {
        java.util.Map<String, ProcedureDefinition> byCode = new java.util.TreeMap<>();
        registry.all().stream().map(RegisteredProcedure::definition).forEach(d -> byCode.putIfAbsent(d.code(), d));
        java.text.Collator vi = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi-VN"));
        return byCode.values().stream().sorted(java.util.Comparator.comparing(ProcedureDefinition::name, vi)
                .thenComparing(ProcedureDefinition::code)).toList();
    }

    /** Every unit by Vietnamese name, for a citizen to pick from a list. */
    List<Unit> unitsByName() {
        java.text.Collator vi = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi-VN"));
        return units.all().stream().sorted(java.util.Comparator.comparing(Unit::name, vi).thenComparing(Unit::code)).toList();
    }

    /** A procedure by code wherever it is declared, for pages that know no unit. */
    Optional<ProcedureDefinition> declared(String code) {
        return registry.all().stream().map(RegisteredProcedure::definition).filter(d -> d.code().equals(code)).findFirst();
    }

    /** The appointment a dossier received now at the unit would get (the one calendar decides). */
    Instant appointmentIfReceivedNow(Unit unit, TimeLimit limit) {
        return calendar.deadline(DeadlineRequest.of(unit.code(), clock.instant(), limit)).due();
    }

    Instant now() {
        return clock.instant();
    }

    /** A time limit in words: "15 ngày làm việc", "1 working day", the same-day rule. */
    static String timeLimit(TimeLimit t, Lang lang) {
        String key = "timeLimit." + t.unit();
        if (t.unit() == TimeLimit.Unit.SAME_DAY && t.amount() == 0) {
            return lang.t(key + ".zero");
        }
        return lang.t(t.amount() == 1 ? key + ".one" : key, t.amount());
    }
}
