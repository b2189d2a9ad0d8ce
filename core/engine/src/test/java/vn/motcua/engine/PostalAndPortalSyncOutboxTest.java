package vn.motcua.engine;

import static org.junit.jupiter.api.Assertions.*;
import static vn.motcua.engine.EngineFixture.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.api.procedure.Channel;
import vn.motcua.engine.internal.StoredDossierEngine;
import vn.motcua.storage.OutboxRecord;
import vn.motcua.storage.PostalOrderRecord;
import vn.motcua.storage.TestDatabases;

/**
 * A postal result orders exactly one delivery from the post (decision 1131); with national portal sync on, every dossier
 * event is one push whose id is the same for the same (dossier, event) (decision 1132). Both in the action's transaction.
 */
class PostalAndPortalSyncOutboxTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<OutboxRecord> outbox(EngineFixture f, String code, String channel) {
        return f.store.inTransaction(tx -> tx.outbox().ofDossier(code)).stream().filter(r -> r.channel().equals(channel)).toList();
    }

    private static String throughDecision(EngineFixture f, StoredDossierEngine engine, Channel resultChannel) {
        SubmitResult s = engine.submit(new SubmitCommand(PROCEDURE, WARD, Channel.COUNTER, resultChannel, applicant(), form(),
                List.of(), officer(), true, null));
        engine.act(s.code(), ActionCommand.of(DossierAction.FORWARD, specialist()));
        engine.act(s.code(), ActionCommand.of(DossierAction.FORWARD, sxdSpecialist()));
        engine.act(s.code(), ActionCommand.of(DossierAction.APPROVE, leader()));
        return s.code();
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aPostalResultOrdersExactlyOneDeliveryWithTheAddressAndNoIdNumber(TestDatabases db) throws Exception {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            String code = throughDecision(f, f.engine, Channel.POSTAL);
            assertEquals(List.of(), outbox(f, code, "POSTAL"), "no order before the result is ready");

            f.act(code, DossierAction.RESULT_READY, officer());
            List<OutboxRecord> orders = outbox(f, code, "POSTAL");
            assertEquals(1, orders.size(), orders.toString());
            OutboxRecord order = orders.get(0);
            assertEquals("postal-delivery", order.template());
            assertEquals("Phường Ba Đình, Hà Nội", order.recipient());
            JsonNode body = JSON.readTree(order.body());
            assertEquals("DELIVERY", body.get("kind").asText());
            assertEquals(code, body.get("dossierCode").asText());
            assertEquals("Nguyễn Văn An", body.get("receiverName").asText());
            assertEquals("0912345678", body.get("receiverPhone").asText());
            assertEquals("Phường Ba Đình, Hà Nội", body.get("receiverAddress").asText());
            assertFalse(order.body().contains("001090012345"), "the postman needs no ID number: " + order.body());

            List<PostalOrderRecord> rows = f.store.inTransaction(tx -> tx.postal().ofDossier(code));
            assertEquals(1, rows.size());
            assertEquals(order.id(), rows.get(0).id(), "the order row and its message share the id (the partner's key)");
            assertEquals(PostalOrderRecord.ORDERED, rows.get(0).status());

            f.act(code, DossierAction.RETURN_RESULT, officer());
            assertEquals(1, outbox(f, code, "POSTAL").size(), "returning the result orders nothing more");
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void aCounterResultOrdersNothingAndSyncIsOffByDefault(TestDatabases db) {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            String code = throughDecision(f, f.engine, Channel.COUNTER);
            f.act(code, DossierAction.RESULT_READY, officer());
            assertEquals(List.of(), outbox(f, code, "POSTAL"));
            assertEquals(List.of(), f.store.inTransaction(tx -> tx.postal().ofDossier(code)));
            assertEquals(List.of(), outbox(f, code, "DVCQG"));
        }
    }

    @ParameterizedTest
    @MethodSource("vn.motcua.storage.TestDatabases#all")
    void withSyncOnEveryEventIsOnePushKeyedByDossierAndEvent(TestDatabases db) throws Exception {
        try (EngineFixture f = new EngineFixture(db, dir)) {
            StoredDossierEngine synced = new StoredDossierEngine(f.store, f.calendar, (c, u) -> f.offered, unit -> "H26." + unit,
                    c -> List.of(), f.clock, true, true);
            SubmitResult s = synced.submit(new SubmitCommand(PROCEDURE, WARD, Channel.ONLINE, Channel.ONLINE, applicant(), form(),
                    List.of(), Actor.citizen(), false, null));
            synced.act(s.code(), ActionCommand.of(DossierAction.ACCEPT, officer()));
            List<OutboxRecord> pushes = outbox(f, s.code(), "DVCQG");
            assertEquals(2, pushes.size(), "submit and accept");
            JsonNode submitted = JSON.readTree(pushes.stream().filter(p -> p.body().contains("\"SuKien\":\"submit\"")).findFirst().orElseThrow().body());
            JsonNode accepted = JSON.readTree(pushes.stream().filter(p -> p.body().contains("\"SuKien\":\"accept\"")).findFirst().orElseThrow().body());
            assertEquals(s.code(), accepted.get("MaHoSo").asText());
            assertEquals(PROCEDURE, accepted.get("MaTTHC").asText());
            assertEquals(1, submitted.get("TrangThaiHoSo").asInt(), "newly registered");
            assertEquals(2, accepted.get("TrangThaiHoSo").asInt(), "received");
            assertEquals(2, accepted.get("KenhThucHien").asInt(), "online");
            assertTrue(accepted.get("NgayTiepNhan").asText().matches("\\d{14}"), accepted.toString());
            assertTrue(accepted.get("NgayHenTra").asText().matches("\\d{14}"), accepted.toString());
            assertTrue(submitted.get("NgayTiepNhan").isNull());
            assertNotEquals(pushes.get(0).id(), pushes.get(1).id());
            // The id is derived from (dossier, event): a push of the same event can only ever carry the same key.
            assertTrue(pushes.stream().allMatch(p -> p.id().equals(java.util.UUID.nameUUIDFromBytes(
                    ("dvcqg:" + s.code() + ":" + (p.body().contains("\"SuKien\":\"submit\"") ? 1 : 2))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString())), pushes.toString());
            assertFalse(accepted.toString().contains("001090012345"));
        }
    }
}
