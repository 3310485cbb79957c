package se.regionkarta.api;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import se.regionkarta.history.ChangeLog;
import se.regionkarta.web.LiveRegistry;
import se.regionkarta.web.TestServer;

/** The API's routes with ids that exist in the bundled data, for tests that call every route. */
final class Examples {

    /** Every route of the API, from the same list the server registers. */
    static final List<Route> ALL = se.regionkarta.Server.api(new LiveRegistry(TestServer.BUNDLED, ChangeLog.EMPTY, TestServer.CLOCK), TestServer.CLOCK).routes();

    /** The reads (GET) among them: the calculations (POST) are tested with their bodies in ElectionApiTest. */
    static final List<Route> ROUTES = ALL.stream().filter(Route::isRead).toList();

    /** An existing id for each route with a path parameter, by the route's collection. */
    private static final Map<String, String> IDS = Map.of(
            "regions", "kalmar", "units", "kalmar.hsf", "bodies", "kalmar.rf", "persons", "angelica-katsanidou",
            "healthcare-regions", "sydostra", "sources", "kalmar-deck", "problems", "bad-parameter",
            "events", "kalmar.bildande-2019", "care-choice-schemes", "kalmar.halsoval");

    private Examples() {
    }

    /** Returns the route's path with its path parameter replaced by an id that exists. */
    static String path(Route route) {
        if (route.path().contains("{kind}")) { // the generic fact routes: a unit
            return withId(route.path().replace("{kind}", "units"), "kalmar.hsf");
        }
        return hasId(route) ? withId(route.path(), IDS.get(collection(route))) : route.path();
    }

    /** Returns the route's path with its path parameter replaced by the given text (already encoded). */
    static String withId(String path, String id) {
        return path.replaceAll("\\{[^}]+}|<[^>]+>", Matcher.quoteReplacement(id));
    }

    static boolean hasId(Route route) {
        return route.path().contains("{") || route.path().contains("<");
    }

    /** Returns the query a route needs to answer at all (search needs q, a diff its two days), to which others are added. */
    static String required(Route route, String except) {
        if (route.path().endsWith("/diff")) {
            return (except.equals("from") ? "" : "from=2018-06-01&") + (except.equals("to") ? "" : "to=2025-06-01&");
        }
        return route.path().equals("/api/v1/search") && !except.equals("q") ? "q=sjukhus&" : "";
    }

    private static String collection(Route route) {
        String[] parts = route.path().split("/");
        return parts[3];
    }
}
