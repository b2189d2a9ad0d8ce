package vn.motcua.portal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.api.procedure.Channel;
import vn.motcua.engine.Actor;
import vn.motcua.engine.Applicant;
import vn.motcua.engine.SubmitCommand;
import vn.motcua.engine.Upload;

/** Issue 13: the answers read back on the check page are sent once, only by whoever holds the token, for 20 minutes. */
class PendingSubmissionsTest {

    static SubmitCommand command(int fileBytes) {
        return new SubmitCommand("1.001193", "00070", Channel.ONLINE, Channel.ONLINE,
                new Applicant("Trần Thị Mẹ", null, "0912345678", null, null), Map.of("hoTenTre", "Bé"),
                List.of(new Upload("giayChungSinh", "gcs.pdf", "application/pdf", new byte[fileBytes])), Actor.citizen(), false, null);
    }

    @Test
    void answersAreSentOnceByTheirTokenForTheirProcedureOnly() {
        PendingSubmissions pending = new PendingSubmissions(Clock.fixed(Instant.parse("2026-12-04T03:00:00Z"), ZoneOffset.UTC));
        String token = pending.put(command(10), vn.motcua.pages.form.FormValues.empty()).orElseThrow();
        assertTrue(pending.peek(token, "00070", "2.000815").isEmpty(), "another procedure's check page shows nothing");
        assertEquals(List.of("gcs.pdf"), PendingSubmissions.fileNames(pending.peek(token, "00070", "1.001193").orElseThrow(), "giayChungSinh"));
        assertTrue(pending.take(token, "00070", "1.001193").isPresent());
        assertTrue(pending.take(token, "00070", "1.001193").isEmpty(), "a second send finds nothing");
        assertTrue(pending.peek("guessed", "00070", "1.001193").isEmpty());
    }

    @Test
    void answersExpireAndTheMemoryBudgetHolds() {
        Instant[] now = {Instant.parse("2026-12-04T03:00:00Z")};
        Clock clock = new Clock() {
            public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            public Clock withZone(java.time.ZoneId z) { return this; }
            public Instant instant() { return now[0]; }
        };
        PendingSubmissions pending = new PendingSubmissions(clock, 1000);
        String token = pending.put(command(10), vn.motcua.pages.form.FormValues.empty()).orElseThrow();
        now[0] = now[0].plus(PendingSubmissions.LIFETIME);
        assertTrue(pending.peek(token, "00070", "1.001193").isEmpty(), "gone after 20 minutes");
        int half = 500 - 5;
        assertTrue(pending.put(command(half), vn.motcua.pages.form.FormValues.empty()).isPresent());
        assertTrue(pending.put(command(half), vn.motcua.pages.form.FormValues.empty()).isPresent());
        assertTrue(pending.put(command(20), vn.motcua.pages.form.FormValues.empty()).isEmpty(), "beyond the budget the citizen is asked to retry");
    }
}
