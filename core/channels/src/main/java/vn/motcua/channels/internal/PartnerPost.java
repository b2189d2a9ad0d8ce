package vn.motcua.channels.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import vn.motcua.outbox.spi.Delivery;

/**
 * One JSON request to a partner over HTTP and the outbox's reading of its answer, shared by the HTTP transports:
 * a timeout or a refused connection, 408, 429 and 5xx are retried; another 4xx is a dead letter; a 2xx is judged by
 * the transport (a partner may refuse in the body of a 200). The answer kept for the operator is "HTTP status" and an
 * excerpt of the body.
 */
final class PartnerPost {

    private final String partner;
    private final Duration timeout;
    private final HttpClient http;

    /** @param partner the partner as the operator reads it in a retry reason, e.g. "Cổng SMS" */
    PartnerPost(String partner, Duration timeout) {
        this.partner = partner;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** A POST of {@code json} with the message's idempotency key and, when there is one, the bearer token. */
    HttpRequest.Builder post(java.net.URI url, byte[] json, String idempotencyKey, String token) {
        HttpRequest.Builder req = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(json));
        if (token != null) {
            req.header("Authorization", "Bearer " + token);
        }
        return req;
    }

    /** Sends and classifies; {@code accepted} reads a 2xx answer given the answer text kept for the operator. */
    Delivery send(HttpRequest request, java.util.function.BiFunction<HttpResponse<String>, String, Delivery> accepted)
            throws InterruptedException {
        HttpResponse<String> r;
        try {
            r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            return Delivery.retry(partner + " không trả lời trong " + timeout.toSeconds() + " giây.");
        } catch (IOException e) {
            return Delivery.retry(partner + " không kết nối được: " + e.getMessage());
        }
        int s = r.statusCode();
        String answer = "HTTP " + s + " " + excerpt(r.body());
        if (s >= 200 && s < 300) {
            return accepted.apply(r, answer);
        }
        if (s == 408 || s == 429 || s >= 500) {
            return Delivery.retry(answer);
        }
        return Delivery.refused(answer);
    }

    static String excerpt(String body) {
        String s = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return s.length() <= 200 ? s : s.substring(0, 199) + "…";
    }
}
