package vn.motcua.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An officer's browser without a browser: the staff pages over HTTP with the session cookie, forms posted the way a
 * browser posts them (URL-encoded or multipart, with the {@code _csrf} field read from the page), redirects not
 * followed so that each post/redirect/get step can be asserted.
 */
final class StaffBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final RunningPlatform platform;
    private String cookie;
    /** The anti-forgery token of the last page that carried one. */
    String csrf;

    StaffBrowser(RunningPlatform platform) {
        this.platform = platform;
    }

    /** Signs in through the HTML login page; asserts the redirect to the workspace and reads the page's token. */
    StaffBrowser login(String login, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = get("/can-bo/dang-nhap");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("name=\"password\""), form.body());
        HttpResponse<String> r = post("/can-bo/dang-nhap", Map.of("login", List.of(login), "password", List.of(password)), false);
        assertEquals(303, r.statusCode(), "login of " + login + ": " + r.body());
        String set = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(set.contains("HttpOnly") && set.contains("SameSite=Lax"), set);
        cookie = set.substring(0, set.indexOf(';'));
        HttpResponse<String> home = get("/can-bo/");
        assertEquals(200, home.statusCode(), home.body());
        assertTrue(csrf != null && !csrf.isEmpty(), "the workspace page carries the anti-forgery token");
        return this;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(platform.uri(path)).timeout(Duration.ofSeconds(30)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return remember(platform.http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(platform.uri(path)).timeout(Duration.ofSeconds(30)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return platform.http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A URL-encoded form with the current {@code _csrf} added. */
    HttpResponse<String> submit(String path, Map<String, List<String>> fields) throws IOException, InterruptedException {
        return post(path, fields, true);
    }

    HttpResponse<String> post(String path, Map<String, List<String>> fields, boolean withCsrf) throws IOException, InterruptedException {
        Map<String, List<String>> all = new LinkedHashMap<>(fields);
        if (withCsrf) {
            all.put("_csrf", List.of(csrf));
        }
        StringBuilder body = new StringBuilder();
        all.forEach((k, vs) -> vs.forEach(v -> body.append(body.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v))));
        HttpRequest.Builder b = HttpRequest.newBuilder(platform.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return remember(platform.http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    /** A file part of a multipart form. */
    record FilePart(String field, String name, String type, byte[] bytes) {
    }

    /** A multipart form (text fields UTF-8, as a browser sends them) with the current {@code _csrf}. */
    HttpResponse<String> multipart(String path, Map<String, List<String>> fields, List<FilePart> files) throws IOException, InterruptedException {
        String boundary = "----motcua" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, List<String>> all = new LinkedHashMap<>();
        all.put("_csrf", List.of(csrf));
        all.putAll(fields);
        for (Map.Entry<String, List<String>> e : all.entrySet()) {
            for (String v : e.getValue()) {
                out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n" + v + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        for (FilePart f : files) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.field() + "\"; filename=\"" + f.name()
                    + "\"\r\nContent-Type: " + f.type() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(f.bytes());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(platform.uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return remember(platform.http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    /** The 303 location of a post/redirect/get answer. */
    static String location(HttpResponse<?> r) {
        assertEquals(303, r.statusCode(), () -> "expected a redirect, got " + r.statusCode() + ": " + r.body());
        return r.headers().firstValue("Location").orElseThrow();
    }

    /** The decoded {@code thong-bao} / {@code loi} message of a redirect. */
    static String message(String location) {
        Matcher m = Pattern.compile("[?&](?:thong-bao|loi)=([^&]*)").matcher(location);
        return m.find() ? URLDecoder.decode(m.group(1), StandardCharsets.UTF_8) : "";
    }

    /** Every value of a hidden input (or other input with a value) named {@code name} in the HTML. */
    static List<String> inputValues(String html, String name) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private HttpResponse<String> remember(HttpResponse<String> r) {
        Matcher m = CSRF.matcher(r.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return r;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
