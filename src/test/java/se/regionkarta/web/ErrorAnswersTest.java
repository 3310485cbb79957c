package se.regionkarta.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.regionkarta.Server;
import se.regionkarta.history.ChangeLog;
import se.regionkarta.input.BadInput;
import se.regionkarta.json.Json;
import se.regionkarta.site.Pages;
import se.regionkarta.site.Site;
import se.regionkarta.site.SiteErrors;

/**
 * Issue 11, item 4: each face turns refused input into its one answer (the API a 400 problem+json
 * naming the parameter or the line, the site a 400 page in its language or the form again with every
 * problem beside its field), and an unexpected exception into a 500 that shows a logged id and no
 * class name. The command line's answers are in {@code cli.ErrorAnswersTest}.
 */
class ErrorAnswersTest {

    private static final Pattern ERROR_ID = Pattern.compile("error id ([0-9a-f]{8})");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RefusedInput {

        private TestServer server;

        @BeforeAll
        void start() {
            server = TestServer.start();
        }

        @AfterAll
        void stop() {
            server.close();
        }

        @Test
        @DisplayName("a bad parameter is a 400 problem+json whose detail and errors name the parameter")
        void apiParameter() {
            HttpResponse<String> r = server.get("/api/v1/units?asOf=2025-13-01");

            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            JsonNode problem = json(r.body());
            assertThat(problem.get("code").asText()).isEqualTo("bad-parameter");
            assertThat(problem.get("detail").asText()).startsWith("Parameter 'asOf': ");
            assertThat(problem.get("errors")).hasSize(1);
            assertThat(problem.get("errors").get(0).get("parameter").asText()).isEqualTo("asOf");
            assertThat(problem.get("errors").get(0).get("message").asText()).isNotBlank();
        }

        @Test
        @DisplayName("bad lines of a CSV body are a 400 naming each line, in the detail and in errors")
        void apiBodyLines() {
            String csv = "valkrets,rostberattigade,fasta_mandat,party,votes\nK,1,,S,5\nK,1,,M,-3\nK,1,,S,2\n";
            HttpResponse<String> r = server.send("POST", "/api/v1/elections/allocate?seats=10", csv, "Content-Type", "text/csv");

            assertThat(r.statusCode()).isEqualTo(400);
            JsonNode problem = json(r.body());
            assertThat(problem.get("detail").asText()).isEqualTo("Request body: line 3: votes cannot be negative, got -3; "
                    + "line 4: party 'S' appears twice in constituency K (first on line 2)");
            assertThat(problem.get("errors").toString()).isEqualTo("[{\"line\":3,\"message\":\"votes cannot be negative, got -3\"},"
                    + "{\"line\":4,\"message\":\"party 'S' appears twice in constituency K (first on line 2)\"}]");
        }

        @Test
        @DisplayName("a bad line of a file in a field of a JSON body names the field and the line")
        void apiBodyField() {
            String body = "{\"events\":\"home_region,provider_region,provider_unit,date,kind,code,quantity\\n\","
                    + "\"prices\":\"valid_from,valid_until,kind,code,price_sek\\n2025-01-01,,visit,,x\\n\"}";
            HttpResponse<String> r = server.send("POST", "/api/v1/settlements", body, "Content-Type", "application/json");

            assertThat(r.statusCode()).isEqualTo(400);
            JsonNode problem = json(r.body());
            assertThat(problem.get("detail").asText()).startsWith("Request body, field 'prices', line 2: ");
            JsonNode error = problem.get("errors").get(0);
            assertThat(error.get("field").asText()).isEqualTo("prices");
            assertThat(error.get("line").asInt()).isEqualTo(2);
        }

        @Test
        @DisplayName("a page's bad parameter is a 400 page that says so in the page's language")
        void sitePage() {
            HttpResponse<String> r = server.get("/region/kalmar?asOf=ig%C3%A5r");

            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("<html lang=\"sv\">", "<h1>Felaktig uppgift i adressen</h1>",
                    "<strong>Parametern asOf</strong>: <span>Datumet ”igår” går inte att läsa.");
            assertThat(server.rawGetStatus("/region/kalmar?x=%zz")).isEqualTo(400);
        }

        @Test
        @DisplayName("a calculator's bad number and bad file are shown together beside their fields, the form kept, status 400")
        void siteForm() {
            HttpResponse<String> r = post(server.url("/val/namnd"),
                    Map.of("groups", "group,ballots\nA,x\n", "seats", "many", "seed", "1", "present", ""));

            assertThat(r.statusCode()).isEqualTo(400);
            String summary = r.body().substring(r.body().indexOf("class=\"error-summary\""));
            assertThat(summary).contains("<a href=\"#seats\"><span>", "ange ett heltal från 1 till 1000.",
                    "<a href=\"#groups\"><strong>Rad 2</strong>: <span lang=\"en\">ballots must be a whole number, got 'x'</span>");
            assertThat(r.body()).contains("A,x").doesNotContain("id=\"result\"");
        }

        @Test
        @DisplayName("the settlement calculator shows a bad month and a bad price list at once")
        void settlementForm() {
            HttpResponse<String> r = post(server.url("/sjukvardsregion/avrakning"), Map.of("month", "2025-1",
                    "events", "home_region,provider_region,provider_unit,date,kind,code,quantity\n",
                    "prices", "valid_from,valid_until,kind,code,price_sek\n2025-01-01,,visit,,x\n"));

            assertThat(r.statusCode()).isEqualTo(400);
            String summary = r.body().substring(r.body().indexOf("class=\"error-summary\""), r.body().indexOf("</div>",
                    r.body().indexOf("class=\"error-summary\"")));
            assertThat(summary).contains("href=\"#month\"", "href=\"#prices\"", "<strong>Rad 2</strong>");
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class UnexpectedFailures {

        private Javalin server;

        /** The real mappers and error page, with routes that fail as a bug would: only here, never in the server. */
        @BeforeAll
        void start() {
            LiveRegistry registry = new LiveRegistry(TestServer.BUNDLED, ChangeLog.EMPTY, TestServer.CLOCK);
            WebServer.RouteGroup failing = routes -> {
                routes.get("/api/v1/test-failure", ctx -> {
                    throw new IllegalArgumentException("a fault of the program, not of the request");
                });
                routes.get("/test-failure", ctx -> {
                    throw new IllegalStateException("a fault of the program");
                });
                routes.get("/test-refusal", ctx -> {
                    throw BadInput.field("colour", "must be red or blue");
                });
            };
            server = WebServer.create(List.of(failing), new SiteErrors(new Site(registry, new Pages(), TestServer.CLOCK)),
                    new Authentication(se.regionkarta.access.Access.withoutStore(TestServer.CLOCK, null)),
                    new Operations(registry, TestServer.CLOCK)).start(0);
        }

        @AfterAll
        void stop() {
            server.stop();
        }

        @Test
        @DisplayName("an unexpected exception in the API is a 500 with an error id, logged once with its stack trace; no class name")
        void api() {
            Logged logged = logged(() -> get(server, "/api/v1/test-failure"));

            assertThat(logged.answer().statusCode()).isEqualTo(500);
            JsonNode problem = json(logged.answer().body());
            assertThat(problem.get("code").asText()).isEqualTo("internal");
            String id = problem.get("errorId").asText();
            assertThat(id).matches("[0-9a-f]{8}");
            assertThat(problem.get("detail").asText()).isEqualTo("The server could not answer this request (error id " + id + ").");
            assertThat(logged.answer().body()).doesNotContain("Exception", "se.regionkarta", "fault of the program");
            assertThat(logged.log()).contains("error " + id + ": GET /api/v1/test-failure failed",
                    "java.lang.IllegalArgumentException: a fault of the program, not of the request", "\tat ");
            assertThat(count(logged.log(), id)).isEqualTo(1);
        }

        @Test
        @DisplayName("an unexpected exception on a page is a 500 page that shows the logged error id; no class name")
        void site() {
            Logged logged = logged(() -> get(server, "/test-failure"));

            assertThat(logged.answer().statusCode()).isEqualTo(500);
            Matcher m = Pattern.compile("Felets id: ([0-9a-f]{8})").matcher(logged.answer().body());
            assertThat(m.find()).as(logged.answer().body()).isTrue();
            assertThat(logged.answer().body()).contains("<h1>Något gick fel</h1>").doesNotContain("Exception", "se.regionkarta");
            assertThat(logged.log()).contains("error " + m.group(1) + ": GET /test-failure failed", "java.lang.IllegalStateException");
        }

        @Test
        @DisplayName("a refusal the site did not word is shown in the page's framing, its English marked as English")
        void refusalOnAPage() {
            HttpResponse<String> r = get(server, "/test-refusal");

            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("<strong>Parametern colour</strong>: <span lang=\"en\">must be red or blue</span>");
        }

        @Test
        @DisplayName("an IllegalArgumentException thrown deep inside the server is a 500, not a 400 that blames the request")
        void illegalArgumentIsNoRefusal() {
            BreakableClock clock = new BreakableClock(TestServer.CLOCK);
            Javalin real = Server.create(new LiveRegistry(TestServer.BUNDLED, ChangeLog.EMPTY, clock), clock).start(0);
            try {
                clock.broken.set(true);
                Logged logged = logged(() -> get(real, "/api/v1/units"));
                JsonNode problem = json(logged.answer().body());

                assertThat(logged.answer().statusCode()).isEqualTo(500);
                assertThat(logged.log()).contains("error " + problem.get("errorId").asText(), "IllegalArgumentException");
                Matcher id = ERROR_ID.matcher(problem.get("detail").asText());
                assertThat(id.find()).isTrue();
            } finally {
                real.stop();
            }
        }
    }

    /** A clock that, once broken, fails as a bug in the program would: with an IllegalArgumentException. */
    private static final class BreakableClock extends Clock {
        final AtomicBoolean broken = new AtomicBoolean();
        private final Clock clock;

        BreakableClock(Clock clock) {
            this.clock = clock;
        }

        @Override
        public ZoneId getZone() {
            return clock.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            if (broken.get()) {
                throw new IllegalArgumentException("the test broke the clock");
            }
            return clock.instant();
        }
    }

    /** An answer, and what the server logged while giving it. */
    private record Logged(HttpResponse<String> answer, String log) {
    }

    /** Sends a request and keeps what the server logged meanwhile (slf4j-simple writes to System.err when it logs). */
    private static Logged logged(java.util.function.Supplier<HttpResponse<String>> request) {
        PrintStream original = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> answer = request.get();
            return new Logged(answer, log.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static HttpResponse<String> get(Javalin server, String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).GET());
    }

    private static HttpResponse<String> post(String url, Map<String, String> fields) {
        String form = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
