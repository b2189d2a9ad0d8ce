package vn.motcua.postal.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.motcua.postal.spi.OrderAnswer;
import vn.motcua.postal.spi.PostalOrder;
import vn.motcua.postal.spi.PostalPartner;
import vn.motcua.postal.spi.Tracking;

/**
 * A postal partner over HTTP with VNPost-like field names (decision 1131): {@code POST <base>/orders} with
 * {@code OrderCode}, {@code Sender…}/{@code Receiver…} name, address and phone, {@code PackageContent}, {@code ServiceName}
 * and {@code PickupType}; the key in the {@code Idempotency-Key} header, a bearer token when configured. The answer's
 * {@code ItemCode} is the consignment number and {@code TotalFreightIncludeVatEvaluation} the fee. {@code GET
 * <base>/orders/{ItemCode}} answers {@code Status}. 2xx accepted; 408, 429, 5xx, timeouts and refused connections retried;
 * other 4xx refused. The field names must be checked against the partner's contract; a different partner is adapted
 * here, not in the outbox.
 */
public final class HttpPostalPartner implements PostalPartner {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> STATUSES = Set.of("ACCEPTED", "PICKED_UP", "IN_TRANSIT", "DELIVERED", "RETURNED", "CANCELLED");

    private final URI base;
    private final String token;
    private final Duration timeout;
    private final HttpClient http;

    public HttpPostalPartner(URI base, String token, Duration timeout) {
        String b = base.toString();
        this.base = URI.create(b.endsWith("/") ? b.substring(0, b.length() - 1) : b);
        this.token = token;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public OrderAnswer order(PostalOrder o) throws IOException, InterruptedException {
        boolean pickup = "PICKUP".equals(o.kind());
        String agency = "Bộ phận Một cửa, đơn vị " + o.senderUnit();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("OrderCode", o.dossierCode());
        body.put("ServiceName", "HCC"); // the public administrative service of the public postal network
        // PickupType 1: the postman collects at the sender's address (the applicant's, for a pickup; the counter's,
        // for a delivery of the result, where the partner's contract names the counter's address).
        body.put("PickupType", 1);
        body.put("SenderFullname", pickup ? o.receiverName() : agency);
        body.put("SenderAddress", pickup ? o.receiverAddress() : null);
        body.put("SenderTel", pickup ? o.receiverPhone() : null);
        body.put("ReceiverFullname", pickup ? agency : o.receiverName());
        body.put("ReceiverAddress", pickup ? agency : o.receiverAddress());
        body.put("ReceiverTel", pickup ? null : o.receiverPhone());
        body.put("PackageContent", o.contents());
        HttpRequest.Builder req = request(URI.create(base + "/orders"))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", o.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        HttpResponse<String> r;
        try {
            r = http.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            return OrderAnswer.retry("Bưu điện không trả lời trong " + timeout.toSeconds() + " giây.");
        } catch (IOException e) {
            return OrderAnswer.retry("Không kết nối được với bưu điện: " + e.getMessage());
        }
        int s = r.statusCode();
        String answer = "HTTP " + s + " " + excerpt(r.body());
        if (s >= 200 && s < 300) {
            JsonNode n = JSON.readTree(r.body());
            String item = n.path("ItemCode").asText("");
            if (item.isBlank()) {
                return OrderAnswer.retry(answer + " (không có mã vận đơn)");
            }
            JsonNode fee = n.get("TotalFreightIncludeVatEvaluation");
            return OrderAnswer.accepted(answer, item, fee == null || !fee.canConvertToLong() ? null : fee.asLong());
        }
        if (s == 408 || s == 429 || s >= 500) {
            return OrderAnswer.retry(answer);
        }
        return OrderAnswer.refused(answer);
    }

    @Override
    public Optional<Tracking> track(String consignmentNo) throws IOException, InterruptedException {
        HttpRequest req = request(URI.create(base + "/orders/" + URLEncoder.encode(consignmentNo, StandardCharsets.UTF_8))).GET().build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() == 404) {
            return Optional.empty();
        }
        if (r.statusCode() / 100 != 2) {
            throw new IOException("HTTP " + r.statusCode() + " " + excerpt(r.body()));
        }
        JsonNode n = JSON.readTree(r.body());
        String status = n.path("Status").asText("");
        if (!STATUSES.contains(status)) {
            throw new IOException("unknown status " + excerpt(status));
        }
        JsonNode name = n.get("StatusName");
        return Optional.of(new Tracking(status, name == null || name.isNull() ? null : name.asText()));
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private static String excerpt(String body) {
        String s = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return s.length() <= 200 ? s : s.substring(0, 199) + "…";
    }
}
