package vn.motcua.workspace.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;
import vn.motcua.engine.AttachmentFile;
import vn.motcua.engine.DossierEngine;
import vn.motcua.engine.documents.DocumentKind;
import vn.motcua.engine.documents.DossierDocuments;
import vn.motcua.pages.html.Html;
import vn.motcua.security.AuditLog;

/** The files of a dossier: its attachments (audited), its slips as PDF, and the unit's tracking book. Stateless. */
final class DocumentPages {

    private final WorkPages work;
    private final Supplier<DossierEngine> engine;
    private final Supplier<DossierDocuments> documents;
    private final Supplier<AuditLog> audit;

    DocumentPages(WorkPages work, Supplier<DossierEngine> engine, Supplier<DossierDocuments> documents, Supplier<AuditLog> audit) {
        this.work = work;
        this.engine = engine;
        this.documents = documents;
        this.audit = audit;
    }

    /**
     * An attachment of a dossier the officer may see (the {@link WorkPages#visible} rule), shown inline when it is a PDF or an
     * image, otherwise downloaded; every access in the audit log.
     */
    void attachment(Req r, String code, String id) throws IOException {
        Optional<AttachmentFile> file = work.visible(r, code).flatMap(d -> engine.get().attachment(code, id, r.who.principal()));
        if (file.isEmpty()) {
            work.notFound(r);
            return;
        }
        boolean download = r.param("tai-ve").isPresent();
        AuditLog log = audit.get();
        String detail = "dossier " + code + " file " + id + " (" + file.get().meta().field() + ", sha256 " + file.get().meta().sha256() + ")";
        if (log != null) {
            log.record(r.who.accountId(), download ? "attachment_downloaded" : "attachment_opened", detail, r.client());
        }
        r.file(file.get(), !download);
    }

    void slip(Req r, String code, String kind) throws IOException {
        Optional<DocumentKind> k = DocumentKind.fromWireName(kind);
        if (work.visible(r, code).isEmpty() || k.isEmpty() || documents.get() == null) {
            work.notFound(r);
            return;
        }
        Optional<byte[]> pdf = documents.get().slip(code, k.get(), r.who.principal());
        if (pdf.isEmpty()) {
            work.notFound(r);
            return;
        }
        r.pdf(pdf.get(), code + "-" + kind + ".pdf");
    }

    /** The tracking book form, and the book itself once a unit and period are chosen. */
    void trackingBook(Req r) throws IOException {
        Optional<String> unit = r.param("don-vi");
        if (unit.isPresent() && documents.get() != null) {
            try {
                LocalDate from = LocalDate.parse(r.param("tu").orElse(""));
                LocalDate to = LocalDate.parse(r.param("den").orElse(""));
                Optional<byte[]> book = documents.get().trackingBook(unit.get(), from, to, r.who.principal());
                if (book.isEmpty()) {
                    work.notFound(r);
                    return;
                }
                r.pdf(book.get(), "so-theo-doi-" + unit.get() + "-" + from + "-" + to + ".pdf");
                return;
            } catch (DateTimeParseException | IllegalArgumentException e) {
                r.redirect("/can-bo/so-theo-doi?loi=" + WorkPages.enc(r.t("trackingBook.badPeriod")));
                return;
            }
        }
        LocalDate today = LocalDate.now(Labels.VIETNAM);
        Html h = new Html();
        h.el("h1", r.t("trackingBook.title"));
        Frame.notice(h, r);
        h.open("form", "method", "get", "action", "/can-bo/so-theo-doi", "class", "card");
        h.el("label", r.t("trackingBook.unit"), "for", "don-vi").open("select", "id", "don-vi", "name", "don-vi");
        r.who.unitCodes().stream().sorted().forEach(u -> h.el("option", work.unitName(u), "value", u));
        h.close("select");
        h.el("label", r.t("trackingBook.from"), "for", "tu").empty("input", "type", "date", "id", "tu", "name", "tu", "value", today.withDayOfMonth(1).toString(), "required", "");
        h.el("label", r.t("trackingBook.to"), "for", "den").empty("input", "type", "date", "id", "den", "name", "den", "value", today.toString(), "required", "");
        h.el("p", "");
        h.el("button", r.t("trackingBook.print"), "type", "submit");
        h.close("form");
        r.html(200, Frame.page(r, r.t("trackingBook.title"), h));
    }
}
