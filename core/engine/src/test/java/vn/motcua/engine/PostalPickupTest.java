package vn.motcua.engine;

import static org.junit.jupiter.api.Assertions.*;
import static vn.motcua.engine.EngineFixture.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.api.procedure.Channel;
import vn.motcua.engine.internal.StoredDossierEngine;
import vn.motcua.storage.DossierRecord;
import vn.motcua.storage.DossierStore;
import vn.motcua.storage.OutboxRecord;
import vn.motcua.storage.PostalOrderRecord;
import vn.motcua.storage.StoreTransaction;
import vn.motcua.storage.TestDatabases;

/**
 * The applicant asks the post to collect the paper dossier (Decision 45/2016/QĐ-TTg; decision 1133): the request is a
 * POSTAL dossier waiting for the counter's check, with exactly one pickup order in its transaction, none when it rolls
 * back, and the time limit starts only when the one-stop officer receives the paper.
 */
class PostalPickupTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static SubmitCommand pickup(Applicant applicant, String key) {
        return new SubmitCommand(PROCEDURE, WARD, Channel.POSTAL, Channel.POSTAL, applicant, form(), List.of(), Actor.citizen(),
                false, key);
    }

    private static List<OutboxRecord> postalMessages(EngineFixture f, String code) {
        return f.store.inTransaction(tx -> tx.outbox().ofDossier(code)).stream().filter(r -> r.channel().equals("POSTAL")).toList();
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aPickupRequestOrdersOnePickupAndTheClockStartsWhenTheOfficerReceivesThePaper(TestDatabases db) throws Exception {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            SubmitResult s = f.engine.submit(pickup(applicant(), null));
            assertEquals(DossierStatus.SUBMITTED, s.status());
            assertNull(s.appointmentAt(), "no appointment before the paper is at the counter");

            List<OutboxRecord> orders = postalMessages(f, s.code());
            assertEquals(1, orders.size(), orders.toString());
            OutboxRecord order = orders.get(0);
            assertEquals("postal-pickup", order.template());
            assertEquals("Phường Ba Đình, Hà Nội", order.recipient());
            JsonNode body = JSON.readTree(order.body());
            assertEquals("PICKUP", body.get("kind").asText());
            assertEquals(s.code(), body.get("dossierCode").asText());
            assertEquals(WARD, body.get("senderUnit").asText());
            assertEquals("Nguyễn Văn An", body.get("receiverName").asText());
            assertEquals("0912345678", body.get("receiverPhone").asText());
            assertEquals("Phường Ba Đình, Hà Nội", body.get("receiverAddress").asText());
            assertFalse(order.body().contains("001090012345"), "the postman needs no ID number: " + order.body());
            List<PostalOrderRecord> rows = f.store.inTransaction(tx -> tx.postal().ofDossier(s.code()));
            assertEquals(1, rows.size());
            assertEquals(PostalOrderRecord.PICKUP, rows.get(0).kind());
            assertEquals(order.id(), rows.get(0).id(), "the order row and its message share the id (the partner's key)");
            DossierRecord waiting = f.store.inTransaction(tx -> tx.dossier(s.code())).orElseThrow();
            assertEquals("POSTAL", waiting.channel());
            assertNull(waiting.receivedAt(), "the post has not brought the paper yet");

            f.clock.advance(Duration.ofDays(3)); // the post takes its time; the time limit does not run meanwhile
            f.act(s.code(), DossierAction.ACCEPT, officer());
            DossierRecord received = f.store.inTransaction(tx -> tx.dossier(s.code())).orElseThrow();
            assertEquals(f.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), received.receivedAt());
            assertNotNull(received.appointmentAt());
            assertEquals(1, postalMessages(f, s.code()).size(), "receiving the paper orders nothing more");
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aPickupNeedsAnAddressAndAPhoneAndBadInputStoresNothing(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            Applicant noAddress = new Applicant("Nguyễn Văn An", "001090012345", null, null, " ");
            InvalidSubmissionException e = assertThrows(InvalidSubmissionException.class, () -> f.engine.submit(pickup(noAddress, "k1")));
            assertEquals(List.of("applicant.address", "applicant.phone"), e.errors().stream().map(x -> x.field()).sorted().toList());
            assertTrue(e.errors().stream().allMatch(x -> x.code().equals("required_for_pickup")), e.errors().toString());
            assertEquals(java.util.Map.of(), f.store.inTransaction(tx -> tx.outbox().countByStatus()), "no order for bad input");
            assertThrows(InvalidSubmissionException.class, () -> f.engine.check(pickup(noAddress, null)));
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aPickupRequestThatRollsBackLeavesNeitherDossierNorOrder(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            AtomicReference<String> code = new AtomicReference<>();
            StoredDossierEngine failing = new StoredDossierEngine(failingAfterTheOrder(f.store, code), f.calendar,
                    (c, u) -> f.offered, unit -> "H26." + unit, c -> List.of(), f.clock);
            assertThrows(IllegalStateException.class, () -> failing.submit(pickup(applicant(), "k2")));
            assertNotNull(code.get(), "the dossier was written before the failure");
            assertEquals(java.util.Optional.empty(), f.store.inTransaction(tx -> tx.dossier(code.get())));
            assertEquals(List.of(), postalMessages(f, code.get()));
            assertEquals(List.of(), f.store.inTransaction(tx -> tx.postal().ofDossier(code.get())));
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void anOfficersPostalDossierIsNoPickupAndTheApplicantCannotReceiveTheirOwn(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            SubmitResult brought = f.engine.submit(new SubmitCommand(PROCEDURE, WARD, Channel.POSTAL, Channel.POSTAL, applicant(),
                    form(), List.of(), officer(), true, null));
            assertEquals(List.of(), postalMessages(f, brought.code()), "the post already brought it");
            assertThrows(ActorNotPermittedException.class, () -> f.engine.submit(new SubmitCommand(PROCEDURE, WARD, Channel.POSTAL,
                    Channel.POSTAL, applicant(), form(), List.of(), Actor.citizen(), true, null)));
        }
    }

    /** The real store, whose transaction fails at its very end (the idempotency record), after the pickup order. */
    private static DossierStore failingAfterTheOrder(DossierStore real, AtomicReference<String> code) {
        return (DossierStore) Proxy.newProxyInstance(PostalPickupTest.class.getClassLoader(), new Class<?>[]{DossierStore.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("inTransaction")) {
                        return invoke(method, real, args);
                    }
                    vn.motcua.storage.StoreWork<?> work = (vn.motcua.storage.StoreWork<?>) args[0];
                    return real.inTransaction(tx -> work.run((StoreTransaction) Proxy.newProxyInstance(
                            PostalPickupTest.class.getClassLoader(), new Class<?>[]{StoreTransaction.class}, (p, m, a) -> {
                                if (m.getName().equals("insertDossier")) {
                                    code.set(((DossierRecord) a[0]).code());
                                }
                                if (m.getName().equals("saveIdempotency")) {
                                    assertEquals(1, tx.postal().ofDossier(code.get()).size(), "the order is in the transaction");
                                    throw new IllegalStateException("the database went away");
                                }
                                return invoke(m, tx, a);
                            })));
                });
    }

    private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
