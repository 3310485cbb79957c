package se.regionkarta.elections.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.site.SitePagesTest;
import se.regionkarta.web.TestServer;

/** The election calculators over real HTTP: the form, the result, and bad input shown beside the form. */
class ElectionPagesTest {

    static final String HEADER = "valkrets,rostberattigade,fasta_mandat,party,votes\n";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Gets a page that must be a 200 HTML page in the language asked for. */
    static String page(String path) {
        HttpResponse<String> r = server.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.body()).contains("<html lang=\"" + (path.contains("lang=en") ? "en" : "sv") + "\">");
        return r.body();
    }

    static String ostergotland() throws Exception {
        return Files.readString(Path.of("src/test/resources/elections/2022-ostergotland-votes.csv"));
    }

    /** Posts a url-encoded form, as a browser without the file field would. */
    static HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return server.send("POST", path, body, "Content-Type", "application/x-www-form-urlencoded");
    }

    /** Posts a multipart form with a file, as the page's form does. */
    static HttpResponse<String> upload(String path, Map<String, String> fields, byte[] file) throws Exception {
        String boundary = "----regionkarta" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue()
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"votes.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    static Map<String, String> fields(String votes, String seats) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("votes", votes);
        f.put("seats", seats);
        f.put("threshold", "3");
        f.put("fixedSeats", "");
        f.put("seed", "1");
        return f;
    }

    @Test
    @DisplayName("the calculator shows a form prefilled with the Östergötland 2022 votes and their source, in the navigation as Val")
    void form() {
        String body = page("/val");

        assertThat(body).contains("<h1>Valräknare: mandatfördelning</h1>", "method=\"post\" action=\"/val\"",
                "enctype=\"multipart/form-data\"", "Linköping,129575,32,M,22166", "Valmyndigheten, slutligt valresultat 2022",
                "<input type=\"file\" id=\"file\" name=\"file\"", "value=\"101\"", "<li><a href=\"/val\">Val</a></li>")
                .doesNotContain("id=\"result\"");
        assertThat(SitePagesTest.count(body, "<h1")).isEqualTo(1);
        assertThat(page("/val?lang=en")).contains("<h1>Election calculator: seat allocation</h1>",
                "action=\"/val?lang=en\"", ">Elections</a>");
    }

    @Test
    @DisplayName("posting the example shows the official seats, a seat diagram, the constituencies, close seats and no ties")
    void result() throws Exception {
        HttpResponse<String> r = post("/val", fields(ostergotland(), "101"));

        assertThat(r.statusCode()).isEqualTo(200);
        String body = r.body();
        assertThat(body).contains("101 mandat: 90 fasta valkretsmandat och 11 utjämningsmandat",
                "Mandat per valkrets", "<th scope=\"row\">Linköping</th><td class=\"num\">32</td><td class=\"num\">10 + 1</td>",
                "KD saknade 43 röster för sitt mandat nummer 9.", "ingen lottning behövdes",
                "Inget parti fick fler fasta mandat än sin andel", "Linköping: 36 mandat i tur och ordning");
        assertThat(SitePagesTest.count(body, "class=\"seat\"")).isEqualTo(101);
        assertThat(body).containsPattern("S – <span>Arbetarepartiet-Socialdemokraterna</span></th>\\s*<td class=\"num\">92.946</td>"
                + "<td class=\"num\">31,32.%</td><td class=\"num\">28</td><td class=\"num\">4</td><td class=\"num\">32</td>");
        assertThat(body).contains("Linköping,129575,32,M,22166"); // the form keeps what was sent
    }

    @Test
    @DisplayName("bad votes are shown beside the form with their lines, the form kept, not as an error page")
    void badInput() {
        HttpResponse<String> r = post("/val", fields(HEADER + "K,1,,S,5\nK,1,,M,-3\n", "abc"));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("<h1>Valräknare: mandatfördelning</h1>", "class=\"error-summary\"",
                "<a href=\"#votes\"><strong>Rad 3</strong>: <span lang=\"en\">votes cannot be negative, got -3</span></a>",
                "<a href=\"#seats\"><span>Antal mandat i fullmäktige: ange ett heltal från 1 till 1000.</span></a>",
                "aria-invalid=\"true\"", "K,1,,M,-3").doesNotContain("id=\"result\"");
    }

    @Test
    @DisplayName("an uploaded file is used instead of the text box; one that is not UTF-8 is refused with its line")
    void upload() throws Exception {
        HttpResponse<String> ok = upload("/val", fields("", "101"), ostergotland().getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> latin1 = upload("/val", fields("", "10"),
                (HEADER + "Norra,1,,S,1\nLink\u00f6ping,1,,S,2\n").getBytes(StandardCharsets.ISO_8859_1));

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("101 mandat: 90 fasta");
        assertThat(latin1.statusCode()).isEqualTo(400);
        assertThat(latin1.body()).contains("<strong>Rad 3</strong>: <span lang=\"en\">the file is not UTF-8");
    }

    @Test
    @DisplayName("a tie and a surplus returned are explained in Swedish")
    void tieAndSurplus() {
        String tie = post("/val", fields(HEADER + "K,,,A,100\nK,,,B,100\n", "1")).body();
        String surplus = post("/val", fields(HEADER + "K1,,5,X,1000\nK1,,5,Y,100\nK1,,5,Z,90\nK2,,4,Y,1000\nK2,,4,Z,950\n", "10"))
                .body();

        assertThat(tie).contains("fasta mandat i K, mandat 1: A, B hade samma jämförelsetal (83,33); lotten (frö 1) föll på",
                "Lottningen avgjorde vem som fick mandatet.");
        assertThat(surplus).contains("X fick fler fasta mandat än sin andel och lämnade tillbaka mandatet i K1 (jämförelsetal "
                + "111,11); det gick till Y (jämförelsetal 83,33).");
    }

    @Test
    @DisplayName("too large an input is refused on the page before it is read")
    void tooLarge() {
        HttpResponse<String> r = post("/val", fields(HEADER + "K,,,S,5\n".repeat(200_000), "10"));

        assertThat(r.statusCode()).isEqualTo(413); // issue 13: payload too large, the form shown again
        assertThat(r.body()).contains("Indata är större än 5 MB.");
    }

    @Test
    @DisplayName("the committee calculator fills 15 seats from the example and says how many must ask for it")
    void committee() {
        String form = page("/val/namnd");
        assertThat(form).contains("S,32,", "M,22,M+KD+L", "value=\"15\"");

        Map<String, String> f = new LinkedHashMap<>();
        f.put("groups", "group,ballots,cartel\nA,9,\nB,5,BC\nC,3,BC\n");
        f.put("seats", "4");
        f.put("seed", "1");
        f.put("present", "17");
        HttpResponse<String> r = post("/val/namnd", f);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<th scope=\"row\">A</th><td class=\"num\">9</td><td>–</td><td class=\"num\">2</td>",
                "Inom valkartellen BC (2 platser)", "Med 17 närvarande ledamöter måste minst 4 begära proportionellt val");
        f.put("groups", "group,ballots\nA,x\n");
        HttpResponse<String> bad = post("/val/namnd", f);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("<strong>Rad 2</strong>: <span lang=\"en\">ballots must be a whole number, got 'x'</span>");
    }
}
