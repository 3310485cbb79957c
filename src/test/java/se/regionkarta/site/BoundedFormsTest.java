package se.regionkarta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.regionkarta.web.Bounds;
import se.regionkarta.web.RateLimits;
import se.regionkarta.web.TestServer;
import se.regionkarta.web.TimeLimit;

/**
 * Issue 13, the site's calculators over real HTTP: input over a limit shows the form again with a
 * Swedish message (422, 413), a malformed multipart body shows it again too (400, was a 500), and a
 * computation past its time limit is a Swedish 503 page.
 */
@Timeout(120)
class BoundedFormsTest {

    private static final String VOTES_HEADER = "valkrets,rostberattigade,fasta_mandat,party,votes\n";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> post(TestServer on, String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return on.send("POST", path, body, "Content-Type", "application/x-www-form-urlencoded");
    }

    private static HttpResponse<String> raw(String path, String contentType, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url(path))).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        // a new client each time: the server may close a connection after refusing a malformed body
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart form with its fields and one file in the given file field. */
    private static byte[] multipart(String boundary, Map<String, String> fields, String fileField, byte[] file) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue()
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"in.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static String groups(int n) {
        StringBuilder csv = new StringBuilder("group,ballots\n");
        for (int i = 0; i < n; i++) {
            csv.append('g').append(i).append(",1\n");
        }
        return csv.toString();
    }

    @Test
    @DisplayName("a committee of more groups than one request takes shows the form again with a Swedish message, 422")
    void committeeOverLimit() {
        HttpResponse<String> r = post(server, "/val/namnd", Map.of("groups", groups(1001), "seats", "15", "seed", "1",
                "present", ""));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("<html lang=\"sv\">", "För många grupper: 1\u00a0001",
                "högst 1\u00a0000", "kommandoraden har ingen sådan gräns", "method=\"post\" action=\"/val/namnd\"");
    }

    @Test
    @DisplayName("votes of more parties than one request takes show the form again with a Swedish message, 422")
    void electionOverLimit() {
        StringBuilder votes = new StringBuilder(VOTES_HEADER);
        for (int i = 0; i < 201; i++) {
            votes.append("K,1000,,P").append(i).append(",1\n");
        }
        HttpResponse<String> r = post(server, "/val", Map.of("votes", votes.toString(), "seats", "101", "threshold", "0",
                "fixedSeats", "", "seed", "1"));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("För många partier: 201", "högst 200");
    }

    @Test
    @DisplayName("a price list of 32 768 codes sent to the settlement calculator shows the form again, 422; it was a 500")
    void settlementPriceCodes() throws Exception {
        StringBuilder prices = new StringBuilder("valid_from,valid_until,kind,code,price_sek\n");
        for (int i = 0; i < 32_768; i++) {
            prices.append("2025-01-01,2025-12-31,visit,c").append(i).append(",100.00\n");
        }
        Map<String, String> fields = new LinkedHashMap<>(Map.of("events", "home_region,provider_region,provider_unit,date,"
                + "kind,code,quantity\n", "prices", "", "month", ""));
        HttpResponse<String> r = raw("/sjukvardsregion/avrakning", "multipart/form-data; boundary=b0undary",
                multipart("b0undary", fields, "pricesFile", prices.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("För många rader: 32\u00a0769", "högst 20\u00a0000");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/val", "/val/namnd", "/sjukvardsregion/avrakning"})
    @DisplayName("a malformed multipart body shows the form again with a Swedish message, 400; it was a 500")
    void malformedMultipart(String path) throws Exception {
        byte[] part = "--b\r\nContent-Disposition: form-data; name=\"seats\"\r\n\r\n15".getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("multipart/form-data; boundary=abc", "--xyz\r\nContent-Disposition: form-data; name=\"seats\"\r\n\r\n15\r\n--xyz--\r\n"
                .getBytes(StandardCharsets.UTF_8)); // another boundary than the one named
        bodies.put("multipart/form-data; boundary=b", "no parts at all".getBytes(StandardCharsets.UTF_8));
        bodies.put("multipart/form-data; boundary=b ", part); // a part cut short
        bodies.put("multipart/form-data; boundary=\"b\"", (new String(part, StandardCharsets.UTF_8) + "\r\n")
                .getBytes(StandardCharsets.UTF_8)); // no closing boundary
        bodies.put("multipart/form-data", part); // no boundary named
        for (Map.Entry<String, byte[]> b : bodies.entrySet()) {
            HttpResponse<String> r = raw(path, b.getKey(), b.getValue());
            assertThat(r.statusCode()).as(b.getKey() + ": " + r.body()).isEqualTo(400);
            assertThat(r.body()).as(b.getKey()).contains("<html lang=\"sv\">", "Formuläret kunde inte läsas",
                    "method=\"post\" action=\"" + path + "\"");
        }
    }

    @Test
    @DisplayName("an upload over 5 MB shows the form again with a Swedish message, 413")
    void tooLarge() throws Exception {
        byte[] big = new byte[5 * 1024 * 1024 + 100_000];
        java.util.Arrays.fill(big, (byte) 'x');
        HttpResponse<String> r = raw("/val/namnd", "multipart/form-data; boundary=b0undary",
                multipart("b0undary", Map.of("seats", "15", "seed", "1", "present", "", "groups", ""), "file", big));

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("Indata är större än 5 MB", "method=\"post\" action=\"/val/namnd\"");
    }

    @Test
    @DisplayName("a calculation past its time limit is a Swedish page, 503")
    void timeLimit() {
        AtomicLong nanos = new AtomicLong();
        TimeLimit ticking = new TimeLimit(Duration.ofSeconds(10), () -> nanos.getAndAdd(1_000_000_000L));
        try (TestServer bounded = TestServer.startBounded(TestServer.CLOCK, address -> new Bounds(ticking, RateLimits.none()))) {
            HttpResponse<String> r = post(bounded, "/val/namnd", Map.of("groups", "group,ballots\nA,70\nB,50\n", "seats", "500",
                    "seed", "1", "present", ""));

            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.body()).contains("<html lang=\"sv\">", "Beräkningen tog för lång tid", "kommandoraden");
        }
    }
}
