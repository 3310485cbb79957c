package se.regionkarta.api;

import io.javalin.http.Handler;
import java.util.List;

/**
 * One operation of the API: its method, its path (Javalin syntax, {@code {id}} for a path
 * parameter), the query parameters it takes, the media types of the body it reads, and its
 * handler. The one list of routes both registers them and is checked against the OpenAPI document,
 * so the two cannot drift apart unnoticed.
 *
 * @param method {@code GET} for reads, {@code POST} for the calculations that read a body and for
 *     creating facts, {@code PATCH} and {@code DELETE} for changing and closing them
 * @param parameters the query parameters the route takes; any other is refused with a 400
 * @param consumes the media types of the request body the route reads (any other is a 415); empty for GET
 */
public record Route(String method, String path, List<String> parameters, List<String> consumes, Handler handler) {

    static final String GET = "GET";
    static final String POST = "POST";

    public Route {
        parameters = List.copyOf(parameters);
        consumes = List.copyOf(consumes);
        if (method.equals(GET) != consumes.isEmpty()) {
            throw new IllegalArgumentException(path + ": a GET reads no body, and any other method must say which media types it reads");
        }
    }

    public static Route get(String path, List<String> parameters, Handler handler) {
        return new Route(GET, path, parameters, List.of(), handler);
    }

    /** A calculation: it reads a body of one of the given media types and answers without changing anything. */
    public static Route post(String path, List<String> parameters, List<String> consumes, Handler handler) {
        return new Route(POST, path, parameters, consumes, handler);
    }

    /** A write: it creates ({@code POST}), changes ({@code PATCH}) or closes ({@code DELETE}) a fact. */
    public static Route write(String method, String path, List<String> consumes, Handler handler) {
        if (!List.of(POST, "PATCH", "DELETE").contains(method)) {
            throw new IllegalArgumentException(path + ": a write is a POST, PATCH or DELETE, not " + method);
        }
        return new Route(method, path, List.of(), consumes, handler);
    }

    boolean isRead() {
        return method.equals(GET);
    }
}
