package vn.motcua.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.motcua.pages.i18n.Messages;
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
        Messages vi = FakeHttp.messages();
        assertEquals("Đang chạy", BundleStates.label(vi, "ACTIVE"));
        assertEquals("Đã tắt", BundleStates.label(vi, "RESOLVED"));
        assertTrue(BundleStates.label(vi, "QUARANTINED").startsWith("Cách ly"));
        assertEquals("Không rõ (WEIRD)", BundleStates.label(vi, "WEIRD"));
    }

    @Test
    void statesAreTranslated() {
        Messages en = Messages.load(WorkspaceServlet.MESSAGES, Locale.ENGLISH, BundleStatesTest.class.getClassLoader());
        assertEquals("Running", BundleStates.label(en, "ACTIVE"));
        assertEquals("Unknown (WEIRD)", BundleStates.label(en, "WEIRD"));
    }
}
