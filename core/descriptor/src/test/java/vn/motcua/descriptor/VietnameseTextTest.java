package vn.motcua.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {
    private static final String NAME = "Đăng ký khai sinh";

    @Test
    void foldMatchesWithoutDiacriticsCaseOrNormalForm() {
        assertEquals("dang ky khai sinh", VietnameseText.fold(NAME));
        assertTrue(VietnameseText.matches(NAME, "dang ky khai sinh"));
        assertTrue(VietnameseText.matches(NAME, "ĐĂNG KÝ"));
        assertTrue(VietnameseText.matches(NAME, Normalizer.normalize("đăng  ký", Normalizer.Form.NFD)));
        assertFalse(VietnameseText.matches(NAME, "kết hôn"));
    }

    @Test
    void nfcComposesDecomposedText() {
        String nfd = Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFD);
        assertEquals("Nguyễn Thị Ánh", VietnameseText.nfc(nfd));
        assertTrue(nfd.length() > VietnameseText.nfc(nfd).length());
    }
}
