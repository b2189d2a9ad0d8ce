package vn.motcua.web.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.motcua.engine.AttachmentFile;
import vn.motcua.engine.documents.DocumentKind;
import vn.motcua.engine.documents.DossierDocuments;
import vn.motcua.runtime.units.Unit;
import vn.motcua.security.StaffIdentity;

/**
 * Attachments and slips as PDF for staff: {@code GET /dossiers/{code}/documents/{kind}} for whoever may see the dossier (the same
 * unit isolation as the dossier view), and {@code GET /workspace/tracking-book?unit=&from=&to=} for staff of that unit.
 */
final class DocumentsResource {

    private final Supplier<DossierDocuments> documents;
    private final StaffContext staff;
    private final DossiersResource dossiers;
    private final UnitsResource units;
    private final Audit audit;

    DocumentsResource(Supplier<DossierDocuments> documents, Audit audit, StaffContext staff, DossiersResource dossiers,
                      UnitsResource units) {
        this.documents = documents;
        this.audit = audit;
        this.staff = staff;
        this.dossiers = dossiers;
        this.units = units;
    }

    Reply slip(ApiCall call) {
        StaffIdentity who = staff.require(call);
        String code = call.path("code");
        if (dossiers.engine().find(code, who.principal()).isEmpty()) {
            throw DossiersResource.noSuchDossier(); // not seen by the caller: exactly an unknown code
        }
        DocumentKind kind = DocumentKind.fromWireName(call.path("kind")).orElseThrow(() -> ApiProblem.notFound("no_such_document",
                "Không có loại giấy tờ " + call.path("kind") + "; dùng một trong: receipt, supplement-request, refusal, apology, control-sheet, stop-notice."));
        byte[] pdf = documents().slip(code, kind, who.principal()).orElseThrow(() -> ApiProblem.notFound("document_not_issued",
                "Hồ sơ " + code + " chưa có " + kind.title().toLowerCase(java.util.Locale.ROOT) + "."));
        return pdf(pdf, code + "-" + kind.wireName() + ".pdf");
    }

    /**
     * {@code GET /dossiers/{code}/attachments/{id}?download=true}: a file of a dossier the caller may see (the engine's
     * rule, as for the dossier itself), every access in the audit log; served under the
     * rule of {@link AttachmentFile#headers} so an uploaded HTML or SVG never runs.
     */
    Reply attachment(ApiCall call) {
        StaffIdentity who = staff.require(call);
        String code = call.path("code");
        if (dossiers.engine().find(code, who.principal()).isEmpty()) {
            throw DossiersResource.noSuchDossier(); // not seen by the caller: exactly an unknown code
        }
        AttachmentFile file = dossiers.engine().attachment(code, call.path("id"), who.principal()).orElseThrow(() -> ApiProblem.notFound(
                "no_such_attachment", "Hồ sơ " + code + " không có tệp " + call.path("id") + "; xem danh sách tệp trong GET /dossiers/" + code + "."));
        boolean download = call.query("download").map("true"::equalsIgnoreCase).orElse(false);
        audit.record(call, who, download ? "attachment_downloaded" : "attachment_opened", accessDetail(code, file));
        return new Reply(200, file.content(), file.servedMediaType(), file.headers(!download));
    }

    /** What the audit log keeps of a file access: the dossier, the file's id, field and checksum; no content. */
    static String accessDetail(String code, AttachmentFile file) {
        return "dossier " + code + " file " + file.meta().id() + " (" + file.meta().field() + ", sha256 " + file.meta().sha256() + ")";
    }

    Reply trackingBook(ApiCall call) {
        StaffIdentity who = staff.require(call);
        Unit unit = units.requiredFromQuery(call);
        LocalDate from = date(call, "from");
        LocalDate to = date(call, "to");
        if (to.isBefore(from) || to.isAfter(from.plusYears(1))) {
            throw ApiProblem.badParameter("to", "Kỳ sổ từ " + from + " đến " + to + " không hợp lệ: tối đa một năm, ngày cuối không trước ngày đầu.");
        }
        // like a dossier of another unit: the book of a unit one does not work for does not exist (the engine decides)
        byte[] book = documents().trackingBook(unit.code(), from, to, who.principal())
                .orElseThrow(() -> ApiProblem.notFound("no_such_unit", "Không tìm thấy đơn vị " + unit.code() + "."));
        return pdf(book, "so-theo-doi-" + unit.code() + "-" + from + "-" + to + ".pdf");
    }

    private static LocalDate date(ApiCall call, String name) {
        String v = call.query(name).orElseThrow(() -> ApiProblem.badParameter(name, "Cần ngày " + name + " dạng 2026-11-01."));
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badParameter(name, "Ngày phải có dạng 2026-11-01.");
        }
    }

    private static Reply pdf(byte[] bytes, String filename) {
        return new Reply(200, bytes, "application/pdf", Map.of("Content-Disposition", "inline; filename=\"" + filename + "\""));
    }

    private DossierDocuments documents() {
        DossierDocuments d = documents.get();
        if (d == null) {
            throw new ApiProblem(503, "documents_unavailable", "Chưa in được giấy tờ",
                    "Dịch vụ in giấy tờ chưa sẵn sàng; vui lòng thử lại sau giây lát.", List.of(), Map.of("Retry-After", "2"));
        }
        return d;
    }
}
