package vn.motcua.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.runtime.deploy.BundleInfo;

class BundleStatesTest {

    @Test
    void onlyDeployedBundlesAreProcedureBundlesThePlatformsLibrariesAreNot() {
        assertTrue(BundleStates.isProcedureBundle(new BundleInfo(40, "vn.hanoi.xay-dung", "1.0.0", "ACTIVE", "deploy",
                "xay-dung.jar", List.of("1.013225@1"), List.of())));
        assertFalse(BundleStates.isProcedureBundle(new BundleInfo(3, "org.apache.felix.scr", "2.2.0", "ACTIVE", "platform",
                null, List.of(), List.of())));
        assertFalse(BundleStates.isProcedureBundle(new BundleInfo(0, "org.apache.felix.framework", "7.0.5", "ACTIVE", "system",
                null, List.of(), List.of())));
    }

    @Test
    void statesAreInVietnamese() {
        assertEquals("Đang chạy", BundleStates.label("ACTIVE"));
        assertEquals("Đã tắt", BundleStates.label("RESOLVED"));
        assertTrue(BundleStates.label("QUARANTINED").startsWith("Cách ly"));
        assertEquals("Không rõ (WEIRD)", BundleStates.label("WEIRD"));
    }
}
