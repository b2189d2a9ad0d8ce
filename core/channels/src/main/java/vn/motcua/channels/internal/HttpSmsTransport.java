package vn.motcua.channels.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
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
    private final Duration timeout;
    private final HttpClient http;

    public HttpSmsTransport(URI url, String token, Duration timeout) {
        this.url = url;
        this.token = token;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
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
        HttpRequest.Builder req = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", m.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (token != null) {
            req.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r;
        try {
            r = http.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            return Delivery.retry("Cổng SMS không trả lời trong " + timeout.toSeconds() + " giây.");
        } catch (IOException e) {
            return Delivery.retry("Cổng SMS không kết nối được: " + e.getMessage());
        }
        String answer = "HTTP " + r.statusCode() + " " + excerpt(r.body());
        int s = r.statusCode();
        if (s >= 200 && s < 300) {
            return Delivery.accepted(answer, partnerId(r.body()));
        }
        if (s == 408 || s == 429 || s >= 500) {
            return Delivery.retry(answer);
        }
        return Delivery.refused(answer);
    }

    private static String partnerId(String body) {
        try {
            JsonNode id = JSON.readTree(body).get("id");
            return id == null ? null : id.asText();
        } catch (IOException e) {
            return null;
        }
    }

    private static String excerpt(String body) {
        String s = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return s.length() <= 200 ? s : s.substring(0, 199) + "…";
    }
}
