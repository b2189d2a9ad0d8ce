package vn.motcua.postal.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import vn.motcua.outbox.spi.Delivery;
import vn.motcua.outbox.spi.OutgoingMessage;
import vn.motcua.outbox.spi.Transport;
import vn.motcua.postal.spi.OrderAnswer;
import vn.motcua.postal.spi.PostalOrder;
import vn.motcua.postal.spi.PostalPartner;
import vn.motcua.storage.DossierStore;

/**
 * Delivers the outbox's POSTAL messages (orders the engine wrote, decision 1131) to the postal partner and records the
 * consignment number and fee on the order. The record is its own small transaction after the partner accepted: if the
 * node dies before it, the outbox delivers the order again with the same key, the partner answers the same number, and
 * the record is written then (an order already accepted is not changed twice).
 */
final class PostalTransport implements Transport {

    static final String CHANNEL = "POSTAL";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PostalPartner partner;
    private final DossierStore store;
    private final Clock clock;
    private final Duration firstPoll;

    PostalTransport(PostalPartner partner, DossierStore store, Clock clock, Duration firstPoll) {
        this.partner = partner;
        this.store = store;
        this.clock = clock;
        this.firstPoll = firstPoll;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public Delivery deliver(OutgoingMessage m) throws Exception {
        PostalOrder order;
        try {
            order = order(m);
        } catch (IOException | RuntimeException e) {
            return Delivery.refused("Đơn bưu chính không đọc được: " + e.getMessage());
        }
        OrderAnswer a = partner.order(order);
        return switch (a.outcome()) {
            case ACCEPTED -> {
                Instant now = clock.instant();
                store.inTransaction(tx -> tx.postal().accepted(m.idempotencyKey(), a.consignmentNo(), a.feeVnd(), now,
                        now.plus(firstPoll)));
                yield Delivery.accepted(a.answer(), a.consignmentNo());
            }
            case RETRY -> Delivery.retry(a.answer());
            case REFUSED -> Delivery.refused(a.answer());
        };
    }

    private static PostalOrder order(OutgoingMessage m) throws IOException {
        JsonNode n = JSON.readTree(m.body());
        return new PostalOrder(m.idempotencyKey(), n.path("kind").asText("DELIVERY"),
                m.dossierCode() != null ? m.dossierCode() : n.path("dossierCode").asText(), text(n, "senderUnit"),
                text(n, "receiverName"), text(n, "receiverPhone"), text(n, "receiverAddress"), text(n, "contents"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
