package vn.motcua.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DescriptorHeaderTest {

    @Test
    void aGlobMatchesWithinOneFolderOnly() {
        DescriptorHeader h = DescriptorHeader.parse("procedures/*.yaml, extra/one.yml");
        assertTrue(h.matches("procedures/khai-sinh.yaml"));
        assertTrue(h.matches("/procedures/khai-sinh.yaml"));
        assertTrue(h.matches("extra/one.yml"));
        assertFalse(h.matches("procedures/sub/khai-sinh.yaml"));
        assertFalse(h.matches("procedures/khai-sinh.yaml.bak"));
        assertFalse(h.matches("other/khai-sinh.yaml"));
    }
}
