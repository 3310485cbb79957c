package se.regionkarta.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import se.regionkarta.json.Json;
import se.regionkarta.web.TestServer;

/** Speaks to the API of a real server over HTTP and reads its JSON answers. */
final class ApiClient implements AutoCloseable {

    static final ObjectMapper JSON = Json.mapper();

    private final TestServer server = TestServer.start();

    /** Sends a request line as given, byte for byte, for input Java's HTTP client will not send. */
    RawHttp.Answer raw(String target) {
        return RawHttp.get(server.port(), target);
    }

    HttpResponse<String> get(String path, String... headers) {
        return server.get(path, headers);
    }

    /** Sends a POST with a body of the given media type. */
    HttpResponse<String> post(String path, String body, String contentType) {
        return server.send("POST", path, body, "Content-Type", contentType);
    }

    /** Sends a request with any method and no body. */
    HttpResponse<String> send(String method, String path) {
        return server.send(method, path, null);
    }

    /** Returns the JSON of an answer that must be 200. */
    JsonNode ok(String path) {
        HttpResponse<String> r = server.get(path);
        assertThat(r.statusCode()).as("status of %s: %s", path, r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return parse(r.body());
    }

    /** Returns the problem of an answer that must have the given status. */
    JsonNode problem(String path, int status) {
        HttpResponse<String> r = server.get(path);
        assertThat(r.statusCode()).as("status of %s: %s", path, r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        return parse(r.body());
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    /** Returns the values of one field of every element of an array. */
    static List<String> field(JsonNode array, String name) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.path(name).asText()));
        return values;
    }

    /** Returns the ids of a page's items. */
    static List<String> ids(JsonNode page) {
        return field(page.get("items"), "id");
    }

    @Override
    public void close() {
        server.close();
    }
}
