package vn.motcua.engine;

import static org.junit.jupiter.api.Assertions.*;
import static vn.motcua.engine.EngineFixture.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.api.procedure.Channel;
import vn.motcua.storage.TestDatabases;

/** Files of a dossier for staff: only the dossier's own files open, and the serving rule never lets a file run. */
class AttachmentAccessTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aDossiersFileOpensWithItsBytesAndAnotherDossiersIdDoesNot(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            byte[] pdf = "%PDF-1.7 bản vẽ thiết kế".getBytes(StandardCharsets.UTF_8);
            SubmitResult withFile = f.engine.submit(new SubmitCommand(PROCEDURE, WARD, Channel.ONLINE, Channel.ONLINE, applicant(), form(),
                    List.of(new Upload("banVe", "Bản vẽ mặt bằng.pdf", "application/pdf", pdf)), Actor.citizen(), false, null));
            SubmitResult other = f.submitOnline(null);
            AttachmentView meta = f.engine.find(withFile.code(), EngineFixture.CITY).orElseThrow().attachments().get(0);

            AttachmentFile file = f.engine.attachment(withFile.code(), meta.id(), EngineFixture.CITY).orElseThrow();
            assertArrayEquals(pdf, file.content());
            assertEquals(meta, file.meta());
            assertTrue(f.engine.attachment(other.code(), meta.id(), EngineFixture.CITY).isEmpty(), "an id of another dossier is not found there");
            assertTrue(f.engine.attachment(withFile.code(), "../" + meta.id(), EngineFixture.CITY).isEmpty());
            assertTrue(f.engine.attachment(withFile.code(), null, EngineFixture.CITY).isEmpty());
        }
    }

    @Test
    void aPdfIsShownInlineInASandboxAndHtmlOrSvgIsOnlyEverDownloadedAsBytes() {
        AttachmentFile pdf = file("Giấy phép.pdf", "application/pdf");
        assertTrue(pdf.viewableInline());
        assertEquals("application/pdf", pdf.servedMediaType());
        assertTrue(pdf.headers(true).get("Content-Disposition").startsWith("inline; filename=\"Giay_phep.pdf\""),
                pdf.headers(true).toString());
        assertTrue(pdf.headers(true).get("Content-Disposition").endsWith("filename*=UTF-8''Gi%E1%BA%A5y%20ph%C3%A9p.pdf"));
        assertTrue(pdf.headers(false).get("Content-Disposition").startsWith("attachment;"), "download asked for");

        for (String type : List.of("text/html", "image/svg+xml", "application/xhtml+xml", "TEXT/HTML")) {
            AttachmentFile f = file("x\".html", type);
            assertFalse(f.viewableInline(), type);
            assertEquals("application/octet-stream", f.servedMediaType(), type);
            assertTrue(f.headers(true).get("Content-Disposition").startsWith("attachment; filename=\"x_.html\""), type);
        }
        for (AttachmentFile f : List.of(pdf, file("a.svg", "image/svg+xml"), file("a.png", "image/png"))) {
            assertEquals("nosniff", f.headers(true).get("X-Content-Type-Options"));
            assertTrue(f.headers(true).get("Content-Security-Policy").startsWith("default-src 'none'"));
            assertFalse(f.headers(true).get("Content-Security-Policy").contains("script-src"), "no script from anywhere");
            assertEquals("private, no-store", f.headers(true).get("Cache-Control"));
        }
        assertTrue(file("a.svg", "image/svg+xml").headers(true).get("Content-Security-Policy").contains("sandbox"));
        assertTrue(file("a.png", "image/png").headers(true).get("Content-Security-Policy").contains("sandbox"));
        assertFalse(pdf.headers(true).get("Content-Security-Policy").contains("sandbox"), "the browsers' PDF viewers do not run sandboxed");
    }

    private static AttachmentFile file(String name, String type) {
        return new AttachmentFile(new AttachmentView("id-1", "banVe", name, type, 3, "abc"), new byte[] {1, 2, 3});
    }
}
