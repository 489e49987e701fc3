package io.finlens.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The API description served at {@code /api/openapi.json}: a hand-written OpenAPI 3.1 file beside this class. */
final class OpenApi {
    private OpenApi() {
    }

    /** The file's bytes, checked to be JSON with an {@code openapi} version and {@code paths}. */
    static byte[] document() {
        try (InputStream in = OpenApi.class.getResourceAsStream("openapi.json")) {
            if (in == null) throw new IllegalStateException("openapi.json missing beside " + OpenApi.class.getName());
            byte[] b = in.readAllBytes();
            var tree = FinlensServer.JSON.readTree(b);
            if (!tree.path("openapi").asText().startsWith("3.") || !tree.path("paths").isObject()) {
                throw new IllegalStateException("openapi.json: no 'openapi' 3.x version or no 'paths'");
            }
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException("openapi.json: " + e.getMessage(), e);
        }
    }
}
