package vn.motcua.workspace.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import vn.motcua.calendar.CalendarAdministration;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.YearSchedule;
import vn.motcua.pages.html.Html;
import vn.motcua.pages.http.FormFile;
import vn.motcua.security.StaffRole;

/** {@code /quan-tri/lich/{year}}: a year's working calendar, and the import of its official schedule (city administrators). */
final class CalendarPages {

    private final WorkingCalendar calendar;
    private final CalendarAdministration calendarAdministration;
    private final AuditTrail audit;

    CalendarPages(WorkingCalendar calendar, CalendarAdministration calendarAdministration, AuditTrail audit) {
        this.calendar = calendar;
        this.calendarAdministration = calendarAdministration;
        this.audit = audit;
    }

    void year(Req r, int year) throws IOException {
        YearSchedule s = calendar.schedule(year);
        Html h = new Html();
        h.el("h1", r.t("calendar.heading", year));
        Frame.notice(h, r);
        h.el("p", r.t("calendar.source", r.t(s.official() ? "calendar.official" : "calendar.derived"), ReadableValues.withoutServerPaths(s.source())), "class", "muted");
        h.el("h2", r.t("calendar.holidays"));
        h.open("ul");
        s.nonWorkingDays().forEach(d -> h.el("li", ReadableValues.date(d.date()) + ": " + d.reason()));
        h.close("ul");
        h.el("h2", r.t("calendar.makeUpDays"));
        h.open("ul");
        s.workingDays().forEach(d -> h.el("li", ReadableValues.date(d.date()) + ": " + d.reason()));
        h.close("ul");
        if (r.who.has(StaffRole.CITY_ADMIN)) { // only the city imports a year; a unit administrator only reads it
            h.open("form", "class", "card", "method", "post", "enctype", "multipart/form-data", "action", "/quan-tri/lich/" + year);
            Frame.csrf(h, r);
            h.el("label", r.t("calendar.import", year), "for", "lich");
            h.empty("input", "type", "file", "id", "lich", "name", "lich", "accept", ".yaml,.yml", "required", "");
            h.el("button", r.t("calendar.importSubmit"), "type", "submit");
            h.close("form");
        }
        r.html(200, Frame.page(r, r.t("calendar.title", year), h));
    }

    void importYear(Req r, int year) throws IOException {
        if (!r.who.has(StaffRole.CITY_ADMIN)) {
            r.redirect("/quan-tri/?loi=" + WorkPages.enc(r.t("calendar.cityOnly")));
            return;
        }
        Optional<FormFile> file = r.file("lich");
        if (file.isEmpty()) {
            r.redirect("/quan-tri/lich/" + year + "?loi=" + WorkPages.enc(r.t("calendar.chooseFile")));
            return;
        }
        try (InputStream in = new java.io.ByteArrayInputStream(file.get().content())) {
            YearSchedule s = calendarAdministration.importSchedule(in);
            audit.record(r, "calendar_imported", String.valueOf(s.year()));
            r.redirect("/quan-tri/lich/" + s.year() + "?thong-bao=" + WorkPages.enc(r.t("calendar.imported", s.year())));
        } catch (IOException | RuntimeException e) {
            r.redirect("/quan-tri/lich/" + year + "?loi=" + WorkPages.enc(r.t("calendar.invalidFile", ReadableValues.withoutServerPaths(String.valueOf(e.getMessage())))));
        }
    }
}
