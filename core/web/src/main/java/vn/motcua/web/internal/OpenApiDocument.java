package vn.motcua.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The OpenAPI 3.1 description of this API, kept as a hand-written resource beside the routes it describes
 * ({@code openapi.json}); {@code OpenApiIT} walks every documented path against the running platform, so the two
 * cannot drift apart unnoticed.
 */
final class OpenApiDocument {
    private OpenApiDocument() {
    }

    static String text() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream("/vn/motcua/web/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json missing from the web bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
