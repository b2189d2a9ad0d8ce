package vn.motcua.channels.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
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
    private final Duration timeout;
    private final HttpClient http;

    public DvcqgTransport(URI url, String token, Duration timeout) {
        this.url = url;
        this.token = token;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
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
        HttpRequest.Builder req = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", m.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(envelope)));
        if (token != null) {
            req.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r;
        try {
            r = http.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            return Delivery.retry("Cổng DVCQG không trả lời trong " + timeout.toSeconds() + " giây.");
        } catch (IOException e) {
            return Delivery.retry("Cổng DVCQG không kết nối được: " + e.getMessage());
        }
        int s = r.statusCode();
        String answer = "HTTP " + s + " " + excerpt(r.body());
        if (s >= 200 && s < 300) {
            String code = errorCode(r.body());
            return code == null || code.equals("0") ? Delivery.accepted(answer, null) : Delivery.refused(answer);
        }
        if (s == 408 || s == 429 || s >= 500) {
            return Delivery.retry(answer);
        }
        return Delivery.refused(answer);
    }

    private static String errorCode(String body) {
        try {
            JsonNode c = JSON.readTree(body == null || body.isBlank() ? "{}" : body).get("error_code");
            return c == null || c.isNull() ? null : c.asText();
        } catch (IOException e) {
            return null;
        }
    }

    private static String excerpt(String body) {
        String s = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return s.length() <= 200 ? s : s.substring(0, 199) + "…";
    }
}
