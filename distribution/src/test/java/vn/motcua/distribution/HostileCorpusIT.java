package vn.motcua.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus (issue 13): every documented path of {@code /api/v1/openapi.json}, every parameter and every JSON
 * body, sent with hostile values (null, wrong types, huge, bad percent-encodings, control characters, NUL, negative
 * numbers, deeply nested JSON), anonymously and as the city administrator; then the citizen portal and the officer
 * workspace pages. No answer may be a 5xx, and no body may show a stack trace or a Java class name. Requests go over a
 * raw socket, so that malformed targets (which {@link java.net.URI} refuses to build) reach the server as they are.
 *
 * <p>Grow it: a request that once broke the platform goes into {@link #REGRESSIONS} or the value lists.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileCorpusIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Values for path and query parameters, already in the form they take in the request target. */
    static final List<String> TARGET_VALUES = List.of(
            "%", "%C3%28", "%zz", "%00", "%0A%0D", "%FF%FE", "-1", "-99999999999999999999", "99999999999999999999",
            "1e309", "NaN", "null", "true", "%5B%5D", "%7B%7D", "..%2F..%2Fetc%2Fpasswd", "%27%3B--", "%3Cscript%3E",
            enc("Nguyễn\u0000Văn"), enc("\u202Eabc"), enc("a".repeat(5000)), "%F0%9F%92%A9", "%E2%80%8B",
            enc("1.001193' OR '1'='1"), "2026-13-45T99:99:99Z");

    /** Values for a property of a JSON body, as JSON text. */
    static final List<String> JSON_VALUES = List.of(
            "null", "true", "-1", "0", "1e309", "-99999999999999999999999999", "3.5", "\"\"", "\"\\u0000\"",
            "\"" + "x".repeat(100_000) + "\"", "\"\\u202e\\u0007\\u001b[2J\"", "[]", "{}", "[null]", "{\"a\":{\"b\":[1,{}]}}",
            "\"2026-02-30T25:61:00\"", "\"../../etc/passwd\"", "\"<script>alert(1)</script>\"", "\"\\ud800\"");

    /** Whole bodies. */
    static final List<String> BODIES = List.of(
            "null", "[]", "\"text\"", "42", "true", "{", "{\"a\":", "{}", "{\"\":null}", "[" .repeat(5000) + "]".repeat(5000),
            "{\"a\":".repeat(3000) + "1" + "}".repeat(3000), "\u0000", "{\"x\":\"\u0000\"}", "\uFEFF{}", "{\"a\":1,\"a\":2}",
            "{\"a\":\"" + "é".repeat(200_000) + "\"}");

    /** Requests that once answered 500 (issue 13), kept exactly. */
    static final List<String[]> REGRESSIONS = List.of(
            new String[] {"POST", "/api/v1/dossiers", "application/json", "null"},
            new String[] {"GET", "/api/v1/procedures?unit=00070&q=%", null, null},
            new String[] {"GET", "/api/v1/procedures?unit=00070&q=%C3%28", null, null},
            new String[] {"POST", "/api/v1/dossiers/H26.00070-261204-0001/lookup", "application/json", "null"},
            new String[] {"POST", "/api/v1/dossiers/H26.00070-261204-0001/lookup?x=%", "application/json", "{\"phone\":\"0912345678\"}"},
            new String[] {"POST", "/api/v1/dossiers/H26.00070-261204-0001/lookup", "application/x-www-form-urlencoded", "phone=%&x=%C3%28"},
            new String[] {"GET", "/?q=%", null, null},
            new String[] {"POST", "/tra-cuu", "application/x-www-form-urlencoded", "ma=%25&so=%&x=%C3%28"},
            new String[] {"GET", "/can-bo/dang-nhap?tiep=%", null, null},
            new String[] {"POST", "/can-bo/dang-nhap", "application/x-www-form-urlencoded", "login=%&password=%C3%28"});

    /**
     * What must never reach a client: a stack trace line, an exception's class, a fully qualified Java name, or a
     * server file path.
     */
    static final Pattern LEAK = Pattern.compile(
            "\\tat |\\bat (java|vn|org|com|jakarta)\\.|[A-Za-z]+(Exception|Error)\\b(?!\")|\\b(java|javax|jakarta|vn\\.motcua|org\\.eclipse|org\\.apache|com\\.fasterxml)\\.[a-z]+\\.[A-Za-z]"
                    + "|/work/|/tmp/|/home/|\\.java:\\d+");

    RunningPlatform platform;
    String adminToken;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        platform = new RunningPlatform(dir.resolve("data"), Map.of("JAVA_OPTS", "-Xmx512m -XX:TieredStopAtLevel=1"));
        assertEquals(200, platform.awaitGet("/api/v1/procedures/1.001193?unit=00070", r -> r.statusCode() == 200,
                Duration.ofSeconds(60)).statusCode());
        adminToken = platform.bearer("admin", RunningPlatform.ADMIN_PASSWORD);
    }

    @AfterAll
    void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    record Answer(int status, String head, String body) {
    }

    /** The server closed the connection without an answer (it refused to read an oversized body): not a failure. */
    static final int CLOSED = 0;

    /** One request over a raw socket, the target sent byte for byte. */
    Answer raw(String method, String target, String contentType, byte[] body, String bearer) throws IOException {
        try (Socket s = new Socket("127.0.0.1", platform.port)) {
            s.setSoTimeout(30_000);
            StringBuilder req = new StringBuilder();
            req.append(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1:").append(platform.port)
                    .append("\r\nConnection: close\r\nAccept: */*\r\n");
            if (bearer != null) {
                req.append("Authorization: Bearer ").append(bearer).append("\r\n");
            }
            if (contentType != null) {
                req.append("Content-Type: ").append(contentType).append("\r\n");
            }
            req.append("Content-Length: ").append(body == null ? 0 : body.length).append("\r\n\r\n");
            OutputStream out = s.getOutputStream();
            try {
                out.write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (java.net.SocketException answeredEarly) {
                // the server answered (413, 400) and closed before reading the whole body: read what it said
            }
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            try {
                in.transferTo(all);
            } catch (java.net.SocketException reset) {
                // a reset after the answer: keep what arrived
            }
            if (all.size() == 0) {
                return new Answer(CLOSED, "", "");
            }
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String[] statusLine = head.split(" ", 3);
            int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
            return new Answer(status, head, split < 0 ? "" : text.substring(split + 4));
        }
    }

    private final List<String> failures = new ArrayList<>();
    private int sent;
    private int closed;

    private void check(String method, String target, String contentType, byte[] body, String bearer) throws IOException {
        Answer a = raw(method, target, contentType, body, bearer);
        sent++;
        String what = method + " " + abbreviate(target) + (body == null ? "" : " body " + abbreviate(new String(body,
                StandardCharsets.UTF_8))) + (bearer == null ? "" : " (admin)");
        if (a.status() == CLOSED) {
            closed++;
        } else if (a.status() < 100 || a.status() >= 500) {
            failures.add(a.status() + " " + what + " → " + abbreviate(a.body()));
        } else if (LEAK.matcher(a.body()).find()) {
            var m = LEAK.matcher(a.body());
            m.find();
            failures.add("leak '" + m.group() + "' in " + a.status() + " " + what + " → " + abbreviate(a.body()));
        }
    }

    private static String abbreviate(String s) {
        String one = s.replace("\n", "⏎").replace("\r", "");
        return one.length() > 160 ? one.substring(0, 160) + "…(" + one.length() + ")" : one;
    }

    /** Operations that would end the session the corpus runs with; sent only anonymously. */
    private static final Set<String> ANONYMOUS_ONLY = Set.of("POST /api/v1/auth/logout");

    @Test
    void everyDocumentedPathAndParameterSurvivesHostileValues() throws Exception {
        JsonNode api = JSON.readTree(platform.get("/api/v1/openapi.json").body());
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                operations.add(method + " " + path.getKey());
                List<JsonNode> params = new ArrayList<>();
                path.getValue().path("parameters").forEach(params::add);
                op.getValue().path("parameters").forEach(params::add);
                for (String bearer : ANONYMOUS_ONLY.contains(method + " " + path.getKey())
                        ? new String[] {null} : new String[] {null, adminToken}) {
                    corpusFor(api, method, path.getKey(), params, op.getValue(), bearer);
                }
            }
        }
        assertTrue(operations.size() > 40, "the corpus walked " + operations.size() + " documented operations");
        assertTrue(closed < sent / 10, closed + " of " + sent + " requests got no answer at all");
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " hostile requests failed:\n" + String.join("\n", failures));
    }

    private void corpusFor(JsonNode api, String method, String template, List<JsonNode> params, JsonNode op, String bearer)
            throws IOException {
        Map<String, String> sane = new LinkedHashMap<>();
        for (JsonNode p : params) {
            sane.put(p.path("name").asText(), saneValue(p));
        }
        JsonNode bodySchema = op.path("requestBody").path("content").path("application/json").path("schema");
        String contentType = op.path("requestBody").path("content").has("application/json") ? "application/json" : null;
        byte[] saneBody = contentType == null ? null : "{}".getBytes(StandardCharsets.UTF_8);
        // each parameter, in turn, hostile; the others sane
        for (JsonNode p : params) {
            String name = p.path("name").asText();
            for (String hostile : TARGET_VALUES) {
                if (destructive(method, template) && hostile.matches("-?\\d{1,3}")) {
                    continue; // never aim a destructive call at a small number that might be a real bundle id
                }
                Map<String, String> values = new LinkedHashMap<>(sane);
                values.put(name, hostile);
                check(method, target(template, params, values), contentType, saneBody, bearer);
            }
        }
        // bad percent-encodings in an extra query parameter of every operation
        for (String hostile : List.of("%", "%C3%28", "%zz", "%%", "a=%&b")) {
            check(method, target(template, params, sane) + (target(template, params, sane).contains("?") ? "&" : "?")
                    + "q=" + hostile, contentType, saneBody, bearer);
        }
        if (contentType != null) {
            for (String body : BODIES) {
                check(method, target(template, params, sane), contentType, body.getBytes(StandardCharsets.UTF_8), bearer);
            }
            JsonNode schema = resolve(api, bodySchema);
            for (Iterator<String> names = schema.path("properties").fieldNames(); names.hasNext(); ) {
                String property = names.next();
                for (String value : JSON_VALUES) {
                    check(method, target(template, params, sane), contentType,
                            ("{\"" + property + "\":" + value + "}").getBytes(StandardCharsets.UTF_8), bearer);
                }
            }
            // the right media type claimed for a body that is not JSON at all, and a form body
            check(method, target(template, params, sane), "application/x-www-form-urlencoded",
                    "a=%&b=%C3%28".getBytes(StandardCharsets.UTF_8), bearer);
            check(method, target(template, params, sane), "multipart/form-data; boundary=x",
                    "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n%\r\n".getBytes(StandardCharsets.UTF_8), bearer);
        }
    }

    private static boolean destructive(String method, String template) {
        return !"GET".equals(method) && template.startsWith("/api/v1/admin/");
    }

    private static JsonNode resolve(JsonNode api, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/")) {
            JsonNode n = api;
            for (String part : ref.substring(2).split("/")) {
                n = n.path(part);
            }
            return n;
        }
        return schema;
    }

    private static String saneValue(JsonNode p) {
        return switch (p.path("name").asText()) {
            case "unit" -> "00070";
            case "code" -> p.path("in").asText().equals("path") ? "H26.00070-261204-0001" : "1.001193";
            case "year" -> "2026";
            case "from" -> "2026-11-01";
            case "to" -> "2026-11-30";
            case "kind" -> "receipt";
            case "id" -> "999999";
            case "login" -> "khong-co-tai-khoan";
            default -> "x";
        };
    }

    private static String target(String template, List<JsonNode> params, Map<String, String> values) {
        String path = template;
        StringBuilder query = new StringBuilder();
        for (JsonNode p : params) {
            String name = p.path("name").asText();
            String value = values.get(name);
            if ("path".equals(p.path("in").asText())) {
                path = path.replace("{" + name + "}", value);
            } else if ("query".equals(p.path("in").asText())) {
                query.append(query.length() == 0 ? "?" : "&").append(name).append('=').append(value);
            }
        }
        return path + query;
    }

    @Test
    void requestsThatOnceAnswered500AreNow4xxProblems() throws Exception {
        for (String[] r : REGRESSIONS) {
            Answer a = raw(r[0], r[1], r[2], r[3] == null ? null : r[3].getBytes(StandardCharsets.UTF_8), null);
            assertTrue(a.status() >= 400 && a.status() < 500 || (a.status() >= 200 && a.status() < 400 && !r[1].contains("%")),
                    r[0] + " " + r[1] + " → " + a.status() + " " + abbreviate(a.body()));
            assertTrue(!LEAK.matcher(a.body()).find(), r[0] + " " + r[1] + " leaks: " + abbreviate(a.body()));
            if (r[1].startsWith("/api/")) {
                assertTrue(a.head().toLowerCase(java.util.Locale.ROOT).contains("application/problem+json"), r[1] + ": " + a.head());
            }
        }
        Answer nullBody = raw("POST", "/api/v1/dossiers", "application/json", "null".getBytes(StandardCharsets.UTF_8), null);
        assertEquals(400, nullBody.status(), nullBody.body());
        Answer badQuery = raw("GET", "/api/v1/procedures?unit=00070&q=%C3%28", null, null, null);
        assertEquals(400, badQuery.status(), badQuery.body());
        assertTrue(badQuery.body().contains("malformed_parameters"), badQuery.body());
    }

    @Test
    void portalAndWorkspacePagesSurviveHostileValues() throws Exception {
        List<String> pages = List.of("/", "/don-vi/00070", "/don-vi/00070/thu-tuc/1.001193", "/don-vi/00070/thu-tuc/1.001193/nop",
                "/tra-cuu", "/phan-anh", "/phan-anh/tra-cuu", "/ho-so/H26.00070-261204-0001", "/ngon-ngu/en",
                "/can-bo/", "/can-bo/dang-nhap", "/quan-tri/", "/thu-tuc/1.001193", "/don-vi/00070/thu-tuc/1.001193/kiem-tra");
        for (String page : pages) {
            for (String hostile : TARGET_VALUES) {
                check("GET", page + "?q=" + hostile + "&unit=" + hostile + "&tiep=" + hostile + "&don-vi=" + hostile + "&sua=" + hostile,
                        null, null, null);
            }
        }
        for (String form : List.of("/tra-cuu", "/phan-anh", "/phan-anh/tra-cuu", "/don-vi/00070/thu-tuc/1.001193/nop",
                "/ho-so/H26.00070-261204-0001/bo-sung", "/can-bo/dang-nhap", "/don-vi/00070/thu-tuc/1.001193/kiem-tra")) {
            for (String hostile : TARGET_VALUES) {
                check("POST", form, "application/x-www-form-urlencoded",
                        ("ma=" + hostile + "&so=" + hostile + "&login=" + hostile + "&password=" + hostile)
                                .getBytes(StandardCharsets.UTF_8), null);
            }
            check("POST", form + "?x=%", "multipart/form-data; boundary=x",
                    "--x\r\nContent-Disposition: form-data; name=\"ma\"\r\n\r\n%\r\n--x--\r\n".getBytes(StandardCharsets.UTF_8), null);
            check("POST", form, "multipart/form-data; boundary=x", "--x\r\nbroken".getBytes(StandardCharsets.UTF_8), null);
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " hostile page requests failed:\n" + String.join("\n", failures));
    }

    /** Internal notes of documents and developers never reach a citizen: not in the API, not on a page. */
    static final Pattern INTERNAL = Pattern.compile("\\[U\\]|domain\\.md|product\\.md|con số này là mẫu|chưa được xác nhận"
            + "|no procedure bundle|TODO|FIXME");

    @Test
    void publicAnswersCarryNoInternalNotesAndSpeakVietnamese() throws Exception {
        List<String> publicPaths = new ArrayList<>(List.of("/api/v1/units", "/api/v1/procedures?unit=00070",
                "/api/v1/evaluation-criteria", "/", "/don-vi/00070", "/tra-cuu", "/phan-anh"));
        JsonNode catalogue = JSON.readTree(platform.get("/api/v1/procedures?unit=00070").body());
        JsonNode items = catalogue.isArray() ? catalogue : catalogue.path("procedures");
        for (JsonNode p : items) {
            String code = p.path("code").asText();
            publicPaths.add("/api/v1/procedures/" + code + "?unit=00070");
            publicPaths.add("/don-vi/00070/thu-tuc/" + code);
            publicPaths.add("/don-vi/00070/thu-tuc/" + code + "/nop");
        }
        assertTrue(publicPaths.size() > 10, "the catalogue lists procedures: " + catalogue);
        List<String> found = new ArrayList<>();
        for (String path : publicPaths) {
            HttpResponse<String> r = platform.get(path);
            var m = INTERNAL.matcher(r.body());
            if (m.find()) {
                found.add(path + ": '" + m.group() + "' … " + abbreviate(r.body().substring(Math.max(0, m.start() - 80),
                        Math.min(r.body().length(), m.end() + 80))));
            }
        }
        assertTrue(found.isEmpty(), "internal notes on public answers:\n" + String.join("\n", found));
        // an administrator reads Vietnamese too: an unknown bundle is not "no procedure bundle with id …"
        Answer noBundle = raw("POST", "/api/v1/admin/bundles/999999/start", null, null, adminToken);
        assertEquals(404, noBundle.status(), noBundle.body());
        assertTrue(noBundle.body().contains("Không có gói thủ tục"), noBundle.body());
    }

    @Test
    void ratingSchemaRequiresExactlyWhatTheServerDemands() throws Exception {
        JsonNode api = JSON.readTree(platform.get("/api/v1/openapi.json").body());
        Set<String> documented = new TreeSet<>();
        api.path("components").path("schemas").path("Ratings").path("required").forEach(n -> documented.add(n.asText()));
        JsonNode criteria = JSON.readTree(platform.get("/api/v1/evaluation-criteria").body());
        Set<String> demanded = new TreeSet<>();
        (criteria.isArray() ? criteria : criteria.path("criteria")).forEach(c -> {
            if (c.path("required").asBoolean()) {
                demanded.add(c.path("id").asText());
            }
        });
        assertTrue(demanded.size() > 1, "the server demands several criteria: " + criteria);
        assertEquals(demanded, documented, "OpenAPI Ratings.required = the criteria the server requires");
    }
}
