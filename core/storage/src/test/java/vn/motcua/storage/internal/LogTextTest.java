package vn.motcua.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class LogTextTest {

    /** Issue 16: a login name with a newline wrote a second, forged line into the audit log. */
    @Test
    void aNewlineInALoginNameCannotForgeALogLine() {
        String forged = "x\nINFO motcua.audit - login by admin from 10.0.0.1\r\u2028";
        String safe = LogText.neutral(forged);
        assertFalse(safe.contains("\n") || safe.contains("\r") || safe.contains("\u2028"), safe);
        assertEquals("x\\u000aINFO motcua.audit - login by admin from 10.0.0.1\\u000d\\u2028", safe);
        assertEquals("Nguyễn Thị Lan", LogText.neutral("Nguyễn Thị Lan"), "ordinary text, diacritics included, unchanged");
        assertEquals("-", LogText.neutral(null));
    }
}
