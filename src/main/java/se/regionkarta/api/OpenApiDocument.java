package se.regionkarta.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The OpenAPI 3.1 description of the API, written by hand in {@code src/main/resources/api/openapi.json}
 * and served at {@code /api/v1/openapi.json}. A test checks it against {@link ApiRoutes} both ways.
 */
public final class OpenApiDocument {

    static final String RESOURCE = "/api/openapi.json";
    private static final String TEXT = load();

    private OpenApiDocument() {
    }

    /** Returns the document as JSON text, for the human-readable API page to render. */
    public static String json() {
        return TEXT;
    }

    private static String load() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
