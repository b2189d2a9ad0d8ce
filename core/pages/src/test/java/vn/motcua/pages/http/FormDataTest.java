package vn.motcua.pages.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormDataTest {

    private static final String MULTIPART = "multipart/form-data; boundary=x";

    @Test
    void multipartTextIsUtf8AndEmptyFileInputsAreNotFiles() {
        FormData f = FormData.read(FakeRequests.request(Map.of(
                "getContentType", MULTIPART,
                "getQueryString", "tiep=%2Fho-so&q=gi%E1%BA%A5y",
                "getParts", FakeRequests.parts(
                        FakeRequests.part("hoTen", null, null, "Nguyễn Thị Hà".getBytes(StandardCharsets.UTF_8)),
                        FakeRequests.part("con.hoTen", null, null, "Bé Một".getBytes(StandardCharsets.UTF_8)),
                        FakeRequests.part("con.hoTen", null, null, "  ".getBytes(StandardCharsets.UTF_8)),
                        FakeRequests.part("banVe", "ban-ve.pdf", "application/pdf", new byte[] {37, 80, 68, 70}),
                        FakeRequests.part("anh", "", null, new byte[0])))));
        assertTrue(f.multipart());
        assertEquals(Optional.of("Nguyễn Thị Hà"), f.field("hoTen"));
        assertEquals(Optional.of("giấy"), f.field("q"), "the query string counts too, decoded as UTF-8");
        assertEquals(List.of("Bé Một", "  "), f.values("con.hoTen"), "repeated values keep their order, unstripped");
        assertEquals(1, f.files().size());
        FormFile file = f.file("banVe").orElseThrow();
        assertEquals("ban-ve.pdf", file.fileName());
        assertEquals("application/pdf", file.mediaType());
        assertArrayEquals(new byte[] {37, 80, 68, 70}, file.content());
        assertEquals(Optional.empty(), f.file("anh"));
        assertEquals(Optional.empty(), f.field("khongCo"));
    }

    @Test
    void aFileWithoutADeclaredTypeIsOctetStream() {
        FormData f = FormData.read(FakeRequests.request(Map.of("getContentType", MULTIPART,
                "getParts", FakeRequests.parts(FakeRequests.part("goi", "a.jar", null, new byte[] {1})))));
        assertEquals("application/octet-stream", f.file("goi").orElseThrow().mediaType());
    }

    @Test
    void aUrlEncodedFormIsTheContainersParameters() {
        FormData f = FormData.read(FakeRequests.request(Map.of("getContentType", "application/x-www-form-urlencoded",
                "getParameterMap", Map.of("ly-do", new String[] {" Thiếu bản vẽ "}))));
        assertFalse(f.multipart());
        assertEquals(Optional.of("Thiếu bản vẽ"), f.field("ly-do"), "stripped");
        assertTrue(f.files().isEmpty());
    }

    @Test
    void aBrokenOrOversizedBodyIsTheClientsFault() {
        UnreadableFormException broken = assertThrows(UnreadableFormException.class, () -> FormData.read(FakeRequests.request(Map.of(
                "getContentType", MULTIPART, "getParts", new ServletException("cut off")))));
        assertFalse(broken.tooLarge());
        assertEquals(400, Failure.of(broken).status());

        UnreadableFormException large = assertThrows(UnreadableFormException.class, () -> FormData.read(FakeRequests.request(Map.of(
                "getContentType", MULTIPART, "getParts", new IllegalStateException("max file size exceeded")))));
        assertTrue(large.tooLarge());
        assertEquals(413, Failure.of(large).status());

        assertThrows(UnreadableFormException.class, () -> FormData.read(FakeRequests.request(Map.of(
                "getContentType", MULTIPART, "getQueryString", "q=%", "getParts", List.of()))));
        assertThrows(UnreadableFormException.class, () -> FormData.read(FakeRequests.request(Map.of(
                "getParameterMap", new IllegalArgumentException("bad %-encoding")))));
    }
}
