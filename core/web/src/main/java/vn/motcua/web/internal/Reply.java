package vn.motcua.web.internal;

import java.util.Map;

/**
 * What a resource answers: a status, a body serialised as JSON (or raw bytes with a media type), extra headers.
 */
record Reply(int status, Object body, String mediaType, Map<String, String> headers) {

    static Reply ok(Object body) {
        return new Reply(200, body, "application/json", Map.of());
    }

    static Reply created(Object body) {
        return new Reply(201, body, "application/json", Map.of());
    }

    static Reply noContent() {
        return new Reply(204, null, null, Map.of());
    }

    static Reply text(String body, String mediaType) {
        return new Reply(200, body, mediaType, Map.of());
    }
}
