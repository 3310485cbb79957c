package se.regionkarta.api;

import io.javalin.http.Handler;
import java.util.List;

/**
 * One read of the API: its path (Javalin syntax, {@code {id}} for a path parameter), the query
 * parameters it takes, and its handler. The one list of routes both registers them and is checked
 * against the OpenAPI document, so the two cannot drift apart unnoticed.
 *
 * @param parameters the query parameters the route takes; any other is refused with a 400
 */
record Route(String path, List<String> parameters, Handler handler) {

    Route {
        parameters = List.copyOf(parameters);
    }

    static Route get(String path, List<String> parameters, Handler handler) {
        return new Route(path, parameters, handler);
    }
}
