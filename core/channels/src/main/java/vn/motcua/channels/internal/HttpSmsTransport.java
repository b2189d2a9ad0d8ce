package vn.motcua.channels.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.motcua.outbox.spi.Delivery;
import vn.motcua.outbox.spi.OutgoingMessage;
import vn.motcua.outbox.spi.Transport;

/**
 * SMS through an HTTP gateway: {@code POST <url>} with JSON {@code {"to", "text", "reference"}}, the message's key in the
 * {@code Idempotency-Key} header and, when configured, a bearer token. 2xx is accepted (the gateway's {@code id} becomes the
 * partner reference); 408, 429, 5xx, a timeout or a refused connection are retried; any other 4xx is a dead letter.
 * The shape is the one {@link SmsGatewaySimulator} serves; a real gateway is adapted here, not in the outbox.
 */
public final class HttpSmsTransport implements Transport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI url;
    private final String token;
    private final PartnerPost partner;

    public HttpSmsTransport(URI url, String token, Duration timeout) {
        this.url = url;
        this.token = token;
        this.partner = new PartnerPost("Cổng SMS", timeout);
    }

    @Override
    public String channel() {
        return "SMS";
    }

    @Override
    public Delivery deliver(OutgoingMessage m) throws IOException, InterruptedException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("to", m.recipient());
        body.put("text", m.body());
        body.put("reference", m.dossierCode());
        return partner.send(partner.post(url, JSON.writeValueAsBytes(body), m.idempotencyKey(), token).build(),
                (r, answer) -> Delivery.accepted(answer, partnerId(r.body())));
    }

    private static String partnerId(String body) {
        try {
            JsonNode id = JSON.readTree(body).get("id");
            return id == null ? null : id.asText();
        } catch (IOException e) {
            return null;
        }
    }
}
