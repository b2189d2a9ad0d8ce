package vn.motcua.portal.internal;

import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;
import vn.motcua.engine.AttachmentFile;
import vn.motcua.engine.citizen.CitizenDesk;
import vn.motcua.engine.citizen.SlipKind;

/**
 * The applicant's slips as PDF and the electronic result (issue 11), behind the same grant as the dossier page.
 * Each slip has its own path, so the route table names every file it serves. Stateless apart from its collaborators.
 */
final class SlipPages {

    /** File name in the path → slip; the names are what the citizen sees when saving the file. */
    static final Map<String, SlipKind> FILES = Map.of(
            "giay-tiep-nhan.pdf", SlipKind.RECEIPT,
            "phieu-xin-loi.pdf", SlipKind.APOLOGY,
            "phieu-yeu-cau-bo-sung.pdf", SlipKind.SUPPLEMENT_REQUEST,
            "phieu-tu-choi.pdf", SlipKind.REFUSAL,
            "thong-bao-dung.pdf", SlipKind.STOP_NOTICE);

    /** The electronic result's path segment. */
    static final String RESULT = "ket-qua.pdf";

    private final Supplier<CitizenDesk> desk;
    private final LookupPages lookup;

    SlipPages(Supplier<CitizenDesk> desk, LookupPages lookup) {
        this.desk = desk;
        this.lookup = lookup;
    }

    void slip(Visit v, String code, String file) throws IOException {
        SlipKind kind = FILES.get(file);
        if (kind == null) {
            throw new NotFound(null, null);
        }
        String token = granted(v, code);
        if (token == null) {
            return;
        }
        byte[] pdf = desk.get().slip(token, code, kind).orElseThrow(() -> new NotFound(null, v.lang().t("slip.receipt.later")));
        v.response().setHeader("Content-Disposition", "inline; filename=\"" + file + "\"");
        Replies.bytes(v, 200, "application/pdf", pdf, "no-store");
    }

    void result(Visit v, String code) throws IOException {
        String token = granted(v, code);
        if (token == null) {
            return;
        }
        AttachmentFile result = desk.get().result(token, code).orElseThrow(() -> new NotFound(null, null));
        result.headers(true).forEach(v.response()::setHeader);
        Replies.bytes(v, 200, result.servedMediaType(), result.content(), "private, no-store");
    }

    /** The grant's token if it opens this dossier; otherwise the lookup form is answered and null returned. */
    private String granted(Visit v, String code) throws IOException {
        String token = v.cookie(Visit.GRANT_COOKIE).orElse(null);
        if (token == null || desk.get().view(token, code).isEmpty()) {
            lookup.expired(v, 200, code);
            return null;
        }
        return token;
    }
}
