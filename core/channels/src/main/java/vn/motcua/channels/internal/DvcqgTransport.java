package vn.motcua.channels.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import vn.motcua.outbox.spi.Delivery;
import vn.motcua.outbox.spi.OutgoingMessage;
import vn.motcua.outbox.spi.Transport;

/**
 * Pushes a dossier's status change to the National Public Service Portal (DVCQG; decision 1132): {@code POST <url>} with
 * {@code {"service": "DongBoHoSoMC", "data": [<the dossier's fields>]}}, the message id, one per (dossier, event), in the
 * {@code Idempotency-Key} header, and a bearer token when configured. The fields are written by the engine
 * ({@code NationalPortalSync}); the envelope and the field names are from public knowledge of the portal's
 * synchronisation service and must be checked against the official specification (docs/channels-dvcqg.md).
 * 2xx with {@code error_code} absent or 0 is accepted; 2xx with another {@code error_code} (the portal rejected the data)
 * and other 4xx are dead letters for the operator; 408, 429, 5xx, timeouts and refused connections are retried.
 */
public final class DvcqgTransport implements Transport {

    static final String CHANNEL = "DVCQG";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI url;
    private final String token;
    private final PartnerPost partner;

    public DvcqgTransport(URI url, String token, Duration timeout) {
        this.url = url;
        this.token = token;
        this.partner = new PartnerPost("Cổng DVCQG", timeout);
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public Delivery deliver(OutgoingMessage m) throws IOException, InterruptedException {
        JsonNode fields;
        try {
            fields = JSON.readTree(m.body());
        } catch (IOException e) {
            return Delivery.refused("Dữ liệu đồng bộ không đọc được: " + e.getMessage());
        }
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("service", "DongBoHoSoMC");
        envelope.putArray("data").add(fields);
        // the portal answers 200 with its own error code for data it refuses: a dead letter, not a success
        return partner.send(partner.post(url, JSON.writeValueAsBytes(envelope), m.idempotencyKey(), token).build(), (r, answer) -> {
            String code = errorCode(r.body());
            return code == null || code.equals("0") ? Delivery.accepted(answer, null) : Delivery.refused(answer);
        });
    }

    private static String errorCode(String body) {
        try {
            JsonNode c = JSON.readTree(body == null || body.isBlank() ? "{}" : body).get("error_code");
            return c == null || c.isNull() ? null : c.asText();
        } catch (IOException e) {
            return null;
        }
    }
}
