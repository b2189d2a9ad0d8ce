package vn.motcua.engine;

import static org.junit.jupiter.api.Assertions.*;
import static vn.motcua.engine.EngineFixture.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.api.procedure.Channel;
import vn.motcua.engine.internal.NotificationFeed;
import vn.motcua.storage.OutboxRecord;
import vn.motcua.storage.TestDatabases;

/**
 * Messages to an applicant who opted in ride in the event of the change that causes them and reach the outbox through
 * the notification feed (decisions 1100, 1103): exactly once, never for a change that was rolled back.
 */
class NotificationOutboxTest {

    @TempDir
    Path dir;

    private static SubmitCommand optedIn(Set<SubmitCommand.Notify> channels, String email) {
        return new SubmitCommand(PROCEDURE, WARD, Channel.ONLINE, Channel.ONLINE,
                new Applicant("Nguyễn Văn An", "001090012345", "0912345678", email, "Phường Ba Đình, Hà Nội"), form(),
                List.of(), Actor.citizen(), false, null).withNotify(channels);
    }

    /** The outbox once the notification feed has followed the events (decision 1103), as its scheduler does. */
    private static List<OutboxRecord> outbox(EngineFixture f, String code) {
        new NotificationFeed(f.store, f.clock).catchUp();
        return f.store.inTransaction(tx -> tx.outbox().ofDossier(code));
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void eachStatusChangeTheApplicantOptedInForIsInTheOutboxWithoutTheirPersonalData(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            SubmitResult s = f.engine.submit(optedIn(Set.of(SubmitCommand.Notify.EMAIL, SubmitCommand.Notify.SMS), "an@example.vn"));
            assertEquals(List.of(), outbox(f, s.code()), "an online submission is not yet received");

            f.act(s.code(), DossierAction.ACCEPT, officer());
            List<OutboxRecord> received = outbox(f, s.code());
            assertEquals(2, received.size(), received.toString());
            OutboxRecord mail = received.stream().filter(r -> r.channel().equals("EMAIL")).findFirst().orElseThrow();
            OutboxRecord sms = received.stream().filter(r -> r.channel().equals("SMS")).findFirst().orElseThrow();
            assertEquals("an@example.vn", mail.recipient());
            assertEquals("0912345678", sms.recipient());
            assertEquals("received", mail.template());
            assertEquals(OutboxRecord.PENDING, mail.status());
            assertEquals("Hồ sơ " + s.code() + " đã được tiếp nhận", mail.subject());
            assertTrue(mail.body().contains("Ngày hẹn trả kết quả"), mail.body());
            for (OutboxRecord r : received) {
                assertFalse(r.body().contains("Nguyễn Văn An") || r.body().contains("001090012345"), "no personal data: " + r.body());
            }
            assertTrue(sms.body().length() <= 160, "one SMS: " + sms.body().length());
            assertTrue(sms.body().chars().allMatch(ch -> ch < 128), "an SMS without diacritics fits one GSM message: " + sms.body());

            f.engine.act(s.code(), ActionCommand.of(DossierAction.REQUEST_SUPPLEMENT, specialist())
                    .withNote("Bổ sung bản vẽ mặt cắt công trình."));
            OutboxRecord supplement = outbox(f, s.code()).stream().filter(r -> r.template().equals("supplement-requested")
                    && r.channel().equals("EMAIL")).findFirst().orElseThrow();
            assertTrue(supplement.body().contains("Bổ sung bản vẽ mặt cắt công trình."), supplement.body());
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void noOptInNoMessageAndARolledBackActionLeavesNone(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            SubmitResult quiet = f.submitOnline(null);
            f.act(quiet.code(), DossierAction.ACCEPT, officer());
            assertEquals(List.of(), outbox(f, quiet.code()));

            SubmitResult s = f.engine.submit(optedIn(Set.of(SubmitCommand.Notify.EMAIL), "an@example.vn"));
            assertThrows(ConcurrentChangeException.class, () -> f.engine.act(s.code(),
                    ActionCommand.of(DossierAction.ACCEPT, officer()).withExpectedVersion(s.version() + 5)));
            assertEquals(List.of(), outbox(f, s.code()), "the action failed, so no message");
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void anEmailOptInNeedsAnEmailAddress(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            InvalidSubmissionException e = assertThrows(InvalidSubmissionException.class,
                    () -> f.engine.submit(optedIn(Set.of(SubmitCommand.Notify.EMAIL), null)));
            assertEquals(List.of("applicant.email"), e.errors().stream().map(x -> x.field()).toList());
            assertThrows(InvalidSubmissionException.class, () -> f.engine.submit(optedIn(Set.of(SubmitCommand.Notify.EMAIL), "not-an-address")));
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void theActionWritesNoOutboxRowAndTheFeedWritesEachMessageOnceEvenWhenItReadsTheEventsAgain(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            SubmitResult s = f.engine.submit(optedIn(Set.of(SubmitCommand.Notify.EMAIL, SubmitCommand.Notify.SMS), "an@example.vn"));
            f.act(s.code(), DossierAction.ACCEPT, officer());
            assertEquals(List.of(), f.store.inTransaction(tx -> tx.outbox().ofDossier(s.code())),
                    "the engine's transaction carries the messages in the event, not in outbox rows");

            NotificationFeed feed = new NotificationFeed(f.store, f.clock);
            assertEquals(2, feed.catchUp());
            List<OutboxRecord> first = f.store.inTransaction(tx -> tx.outbox().ofDossier(s.code()));
            OutboxRecord mail = first.stream().filter(r -> r.channel().equals("EMAIL")).findFirst().orElseThrow();
            assertTrue(f.store.<Boolean>inTransaction(tx -> tx.outbox().claim(mail.id(), mail.nextAttemptAt(), mail.nextAttemptAt().plusSeconds(60), "n1")));
            assertTrue(f.store.<Boolean>inTransaction(tx -> tx.outbox().markSent(new vn.motcua.storage.OutboxClaim(mail.id(), mail.nextAttemptAt().plusSeconds(60), "n1", 1), mail.nextAttemptAt(), "250 OK", null)));

            // A crash or a second node: the same events read again from an older mark write nothing new.
            f.store.inTransaction(tx -> tx.moveEventMark("outbox-notifications", tx.eventMark("outbox-notifications"), 0));
            assertEquals(0, feed.catchUp());
            List<OutboxRecord> again = f.store.inTransaction(tx -> tx.outbox().ofDossier(s.code()));
            assertEquals(first.stream().map(OutboxRecord::id).sorted().toList(), again.stream().map(OutboxRecord::id).sorted().toList());
            assertEquals(OutboxRecord.SENT, again.stream().filter(r -> r.id().equals(mail.id())).findFirst().orElseThrow().status(),
                    "a message already sent is not put back to pending");
        }
    }
}
