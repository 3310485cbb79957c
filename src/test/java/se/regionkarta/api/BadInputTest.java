package se.regionkarta.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.regionkarta.web.ProblemType;

/** Bad input on every parameter of every route is a 400 problem naming the parameter; unknown ids are 404s. */
class BadInputTest {

    static ApiClient api;

    /** Values each parameter must refuse, already percent-encoded. */
    private static final Map<String, List<String>> BAD = Map.ofEntries(
            Map.entry("asOf", List.of("2025-13-01", "2019-02-30", "yesterday", "25-06-01", "2025-6-1", "0999", "", "%20")),
            Map.entry("limit", List.of("0", "501", "-1", "ten", "1.5", "", "99999999999", "%2B5")),
            Map.entry("offset", List.of("-1", "x", "", "99999999999", "1e3")),
            Map.entry("kind", List.of("spaceship", "Hospital", "", "%C3%A5")),
            Map.entry("q", List.of("", "%20%20", "a".repeat(201))),
            Map.entry("parent", List.of("no-such-unit", "")),
            Map.entry("below", List.of("no-such-unit", "")),
            Map.entry("region", List.of("no-such-region", "kalmar.hsf", "")),
            Map.entry("body", List.of("no-such-body", "")),
            Map.entry("term", List.of("2022", "2021-2025", "")),
            Map.entry("unit", List.of("no-such-unit", "")),
            Map.entry("metric", List.of("no-such-metric", "")),
            Map.entry("subject", List.of("no-such-fact", "")),
            Map.entry("seats", List.of("0", "1001", "-1", "x", "", "1.5")),
            Map.entry("jointLists", List.of("both", "", "COALITIONS")),
            Map.entry("years", List.of("0", "101", "-1", "ten", "", "2.5")),
            Map.entry("seed", List.of("x", "1.5", "", "9999999999999999999")),
            Map.entry("from", List.of("2025-13-01", "2019-02-30", "yesterday", "", "25-06-01")),
            Map.entry("to", List.of("2025-13-01", "2019-02-30", "yesterday", "", "25-06-01")),
            Map.entry("since", List.of("yesterday", "2026-13-01T00:00:00Z", "", "2026-11-26T06:00:00", "2026", "%20")),
            Map.entry("after", List.of("-1", "x", "", "1.5", "9999999999999999999")),
            // care choice (issue 7): the example's year and month
            Map.entry("year", List.of("2023", "2101", "x", "", "2025.5", "-2025", "99999999999")),
            Map.entry("month", List.of("2025-13", "2025-1", "2025", "March", "", "2023-06", "2101-01", "2025-03-01")));

    @BeforeAll
    static void start() {
        api = new ApiClient();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static Stream<Arguments> badValues() {
        List<Arguments> cases = new ArrayList<>();
        for (Route route : Examples.ROUTES) {
            for (String parameter : route.parameters()) {
                List<String> values = BAD.get(parameter);
                assertThat(values).as("bad values for parameter %s of %s", parameter, route.path()).isNotNull();
                for (String value : values) {
                    cases.add(Arguments.of(Examples.path(route) + "?" + Examples.required(route, parameter) + parameter + "=" + value,
                            parameter));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} names {1}")
    @MethodSource("badValues")
    @DisplayName("a bad value is a 400 problem that names the parameter")
    void badValue(String path, String parameter) {
        JsonNode problem = api.problem(path, 400);

        assertThat(problem.get("code").asText()).isEqualTo("bad-parameter");
        assertThat(problem.get("type").asText()).isEqualTo(ProblemType.BAD_PARAMETER.uri());
        assertThat(problem.get("detail").asText()).startsWith("Parameter '" + parameter + "': ");
    }

    static Stream<String> everyRoute() {
        return Examples.ROUTES.stream().map(Examples::path);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRoute")
    @DisplayName("a parameter the route does not take is a 400 problem that names it and the ones it takes")
    void unknownParameter(String path) {
        JsonNode problem = api.problem(path + "?" + (path.endsWith("/search") ? "q=x&" : "") + "colour=blue", 400);

        assertThat(problem.get("detail").asText()).startsWith("Parameter 'colour': ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRoute")
    @DisplayName("a broken percent escape in the query is a 400 problem, not a silently ignored parameter")
    void brokenEscape(String path) {
        RawHttp.Answer r = api.raw(path + "?q=%zz");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(r.body()).contains("\"code\":\"bad-parameter\"");
    }

    @Test
    @DisplayName("a parameter given twice is a 400 problem")
    void repeated() {
        assertThat(api.problem("/api/v1/units?limit=5&limit=6", 400).get("detail").asText())
                .isEqualTo("Parameter 'limit': given 2 times; give it at most once");
    }

    @Test
    @DisplayName("parent and below together, or term and asOf together, are 400 problems")
    void exclusive() {
        assertThat(api.problem("/api/v1/units?parent=kalmar&below=kalmar", 400).get("detail").asText()).contains("'below'");
        assertThat(api.problem("/api/v1/seats?term=2022-2026&asOf=2025", 400).get("detail").asText()).contains("'asOf'");
    }

    @Test
    @DisplayName("search without q, or with a blank q, is a 400 problem naming q")
    void searchNeedsQ() {
        assertThat(api.problem("/api/v1/search", 400).get("detail").asText()).isEqualTo("Parameter 'q': is required");
        assertThat(api.problem("/api/v1/search?q=", 400).get("detail").asText()).startsWith("Parameter 'q': ");
        assertThat(api.problem("/api/v1/search?q=%20", 400).get("detail").asText()).startsWith("Parameter 'q': ");
    }

    @Test
    @DisplayName("the rule in the message says what is allowed")
    void rules() {
        assertThat(api.problem("/api/v1/units?limit=501", 400).get("detail").asText())
                .isEqualTo("Parameter 'limit': must be a whole number from 1 to 500, got 501");
        assertThat(api.problem("/api/v1/units?kind=spaceship", 400).get("detail").asText())
                .contains("must be one of region, county-council", "hospital", "health-centre");
        assertThat(api.problem("/api/v1/units?asOf=2025-02-30", 400).get("detail").asText()).startsWith("Parameter 'asOf': no such date");
        assertThat(api.problem("/api/v1/units?parent=nowhere", 400).get("detail").asText())
                .isEqualTo("Parameter 'parent': no unit has the id 'nowhere'");
    }

    static Stream<String> routesWithId() {
        return Examples.ROUTES.stream().filter(Examples::hasId).map(Route::path);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routesWithId")
    @DisplayName("an id that names nothing is a 404 problem, also when it is odd")
    void unknownId(String path) {
        for (String id : List.of("no-such-id", "%2e%2e", "..%2F..%2Fetc", "%C3%96rebro", "a%2Fb", "%20", "x".repeat(2000))) {
            JsonNode problem = api.problem(Examples.withId(path, id), 404);
            assertThat(problem.get("code").asText()).isEqualTo("not-found");
        }
    }
}
