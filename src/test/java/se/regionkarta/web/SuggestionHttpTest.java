package se.regionkarta.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.regionkarta.access.Accounts;
import se.regionkarta.access.model.Grant;
import se.regionkarta.access.model.Role;
import se.regionkarta.json.Json;
import se.regionkarta.store.StoreConfig;

/**
 * Suggestions from readers over real HTTP on a real store (H2), the server as {@code serve
 * --trust-proxy} builds it: a reader sends one from a unit page, the right region's editors see it
 * and accept it (a change citing it) or decline it; limits, refusals and rights.
 */
class SuggestionHttpTest {

    private static final String PASSWORD = "ett lagom långt lösenord";
    private static final Pattern TOKEN = Pattern.compile("name=\"_forslag\" value=\"([^\"]*)\"");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"([0-9]+)\"");
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @TempDir
    static Path home;
    static TestServer server;

    /** Each test sends from an address of its own, so that the limit per address counts only its own suggestions. */
    private String address;

    @BeforeAll
    static void start() {
        server = TestServer.startOn(StoreConfig.embedded(home), TestServer.CLOCK, null, true);
        Accounts accounts = Accounts.in(server.store().jdbi(), TestServer.CLOCK);
        accounts.add("kalle", new Grant(Set.of(Role.EDITOR), Set.of("kalmar")), PASSWORD).orElseThrow();
        accounts.add("kajsa", new Grant(Set.of(Role.EDITOR), Set.of("kalmar")), PASSWORD).orElseThrow();
        accounts.add("hanna", new Grant(Set.of(Role.EDITOR), Set.of("halland")), PASSWORD).orElseThrow();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void newAddress() {
        address = "198.51.100." + ADDRESSES.getAndIncrement();
    }

    private Visitor reader() {
        Visitor v = new Visitor(server);
        v.headers.put("X-Forwarded-For", "10.0.0.1, " + address);
        return v;
    }

    private static Visitor editor(String name) {
        Visitor v = new Visitor(server);
        assertThat(v.logIn(name, PASSWORD).statusCode()).isEqualTo(303);
        return v;
    }

    /** Opens the form of a fact and sends it with the given fields; returns the answer. */
    private static HttpResponse<String> suggest(Visitor v, String path, String wrong, String right, String stated) {
        String form = v.get(path).body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_forslag", tokenOf(form));
        fields.put("fel", wrong);
        fields.put("ratt", right);
        fields.put("kalla", stated);
        fields.put("kontakt", "");
        return v.post(path, fields);
    }

    private static String tokenOf(String html) {
        Matcher m = TOKEN.matcher(html);
        assertThat(m.find()).as("the form's token").isTrue();
        return m.group(1);
    }

    /** Returns the number of the newest open suggestion in the queue page. */
    private static long newest(String queue) {
        Matcher m = Pattern.compile("id=\"forslag-([0-9]+)\"").matcher(queue);
        assertThat(m.find()).as("a suggestion in the queue").isTrue();
        return Long.parseLong(m.group(1));
    }

    private static int openCount() {
        return server.store().jdbi().withHandle(h -> h.createQuery("select count(*) from suggestion").mapTo(Integer.class).one());
    }

    @Test
    @DisplayName("a reader sends a suggestion from a unit page; it waits in that region's queue only, for its editors only")
    void sendAndQueue() {
        Visitor reader = reader();
        String unitPage = reader.get("/enhet/kalmar.hsf").body();
        assertThat(unitPage).contains("href=\"/forslag/enhet/kalmar.hsf\"").contains("Föreslå en ändring");
        assertThat(reader.get("/region/kalmar/politik").body()).contains("href=\"/forslag/organ/kalmar.rf\"");

        String form = reader.get("/forslag/enhet/kalmar.hsf").body();
        assertThat(form).contains("Vad är fel?", "Vad är rätt?", "Var står det?", "Kontakt (frivilligt)")
                .contains("Hälso- och sjukvårdsförvaltningen");
        HttpResponse<String> sent = suggest(reader, "/forslag/enhet/kalmar.hsf", "Telefonnumret saknas sedan i våras",
                "Numret till förvaltningen är 0480-00 00 00", "https://example.se/kontakt");
        assertThat(sent.statusCode()).isEqualTo(303);
        String thanks = reader.get(sent.headers().firstValue("Location").orElseThrow()).body();
        assertThat(thanks).contains("Tack – en redaktör i regionen läser förslaget.");

        String queue = editor("kalle").get("/region/kalmar/forslag").body();
        assertThat(queue).contains("Telefonnumret saknas sedan i våras", "Numret till förvaltningen är 0480-00 00 00",
                "https://example.se/kontakt", "Hälso- och sjukvårdsförvaltningen");
        Visitor hanna = editor("hanna");
        assertThat(hanna.get("/region/halland/forslag").body()).doesNotContain("Telefonnumret saknas sedan i våras");
        assertThat(hanna.get("/region/kalmar/forslag").statusCode()).isEqualTo(403);
        assertThat(new Visitor(server).get("/region/kalmar/forslag").statusCode()).isEqualTo(401);
        long n = newest(queue);
        assertThat(hanna.get("/region/kalmar/forslag/" + n).statusCode()).isEqualTo(403);
        assertThat(hanna.get("/region/halland/forslag/" + n).statusCode()).as("not halland's suggestion").isEqualTo(404);
    }

    @Test
    @DisplayName("a form posted without its cookie, or with another fact's token, is refused and nothing is kept")
    void crossSite() {
        int before = openCount();
        Visitor reader = reader();
        String token = tokenOf(reader.get("/forslag/enhet/kalmar.hsf").body());
        Visitor elsewhere = reader();
        HttpResponse<String> noCookie = elsewhere.post("/forslag/enhet/kalmar.hsf",
                Map.of("_forslag", token, "fel", "a", "ratt", "b", "kalla", "c"));
        assertThat(noCookie.statusCode()).isEqualTo(403);
        HttpResponse<String> otherFact = reader.post("/forslag/organ/kalmar.rf",
                Map.of("_forslag", token, "fel", "a", "ratt", "b", "kalla", "c"));
        assertThat(otherFact.statusCode()).isEqualTo(403);
        HttpResponse<String> none = reader.post("/forslag/enhet/kalmar.hsf", Map.of("fel", "a", "ratt", "b", "kalla", "c"));
        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(openCount()).isEqualTo(before);
    }

    @Test
    @DisplayName("too long or missing texts are refused beside their fields, and nothing is kept")
    void refusedBesideTheField() {
        int before = openCount();
        Visitor reader = reader();
        HttpResponse<String> tooLong = suggest(reader, "/forslag/enhet/kalmar.hsf", "x".repeat(2001), "", "här");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("id=\"fel-problem\"", "Fältet ”Vad är fel?” får ha högst 2000 tecken.")
                .contains("id=\"ratt-problem\"", "Fyll i fältet ”Vad är rätt?”.")
                .contains("aria-describedby=\"fel-hint fel-problem\"").doesNotContain("id=\"kalla-problem\"");
        assertThat(openCount()).isEqualTo(before);
    }

    @Test
    @DisplayName("the sixth suggestion within an hour from one address is 429 with a Swedish page, and is not kept")
    void limitPerAddress() {
        Visitor reader = reader();
        for (int i = 0; i < 5; i++) {
            assertThat(suggest(reader, "/forslag/enhet/kalmar.hsf", "fel " + i, "rätt " + i, "källa").statusCode()).isEqualTo(303);
        }
        int before = openCount();
        HttpResponse<String> sixth = suggest(reader, "/forslag/enhet/kalmar.hsf", "fel 6", "rätt 6", "källa");
        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow())).isBetween(3000L, 3600L);
        assertThat(sixth.body()).contains("Förslaget togs inte emot", "Försök igen efter", "kl.");
        assertThat(openCount()).isEqualTo(before);
        Visitor other = reader();
        other.headers.put("X-Forwarded-For", "10.0.0.1, 192.0.2.200");
        assertThat(suggest(other, "/forslag/enhet/kalmar.hsf", "fel", "rätt", "källa").statusCode()).as("another address")
                .isEqualTo(303);
    }

    @Test
    @DisplayName("accepting writes the correction as the editor, citing the suggestion; the unit page shows it at once")
    void accept() throws Exception {
        Visitor reader = reader();
        suggest(reader, "/forslag/organ/kalmar.rf", "Det engelska namnet är fel", "Regional Council Assembly",
                "Regionens engelska sidor");
        Visitor kalle = editor("kalle");
        long n = newest(kalle.get("/region/kalmar/forslag").body());
        String page = kalle.get("/region/kalmar/forslag/" + n).body();
        assertThat(page).contains("Förslag nr " + n + " från en läsare: Regionens engelska sidor");
        Matcher version = VERSION.matcher(page);
        assertThat(version.find()).isTrue();
        long after = lastSeq();

        HttpResponse<String> accepted = kalle.post("/region/kalmar/forslag/" + n + "/godta", Map.of("_csrf", Visitor.csrfOf(page),
                "version", version.group(1), "falt", "nameEn", "varde", "Regional Council Assembly",
                "kalla-titel", "Förslag nr " + n + " från en läsare: Regionens engelska sidor", "kalla-url", ""));
        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(kalle.get(accepted.headers().firstValue("Location").orElseThrow()).body())
                .contains("Förslag nr " + n + " är godtaget och blev ändring nr");

        assertThat(server.get("/region/kalmar/politik?lang=en").body()).contains("Regional Council Assembly");
        JsonNode changes = Json.mapper().readTree(server.get("/api/v1/changes?after=" + after).body());
        JsonNode change = null;
        for (JsonNode item : changes.get("items")) {
            if ("kalmar.rf".equals(item.path("id").asText())) {
                change = item;
            }
        }
        assertThat(change).as("the change of kalmar.rf in " + changes).isNotNull();
        assertThat(change.path("actor").asText()).isEqualTo("kalle");
        assertThat(change.path("comment").asText()).isEqualTo("Förslag nr " + n + " från en läsare: Regional Council Assembly");
        String state = server.store().jdbi().withHandle(h -> h.createQuery("select state || ':' || change_seq || ':' || decided_by "
                + "from suggestion where id = :id").bind("id", n).mapTo(String.class).one());
        assertThat(state).isEqualTo("accepted:" + change.path("seq").asLong() + ":kalle");
        assertThat(kalle.get("/region/kalmar/forslag").body()).contains("Godtaget av kalle");

        HttpResponse<String> again = kalle.post("/region/kalmar/forslag/" + n + "/avboj", Map.of("_csrf", Visitor.csrfOf(page),
                "skal", "för sent"));
        assertThat(again.statusCode()).as("a decided suggestion is not decided again").isEqualTo(409);
    }

    @Test
    @DisplayName("a correction read at an older version is shown as a collision, never written over, and the suggestion stays open")
    void collision() {
        Visitor reader = reader();
        suggest(reader, "/forslag/enhet/kalmar.hsf", "Beskrivningen är gammal", "Ny beskrivning ett", "Årsberättelsen");
        suggest(reader, "/forslag/enhet/kalmar.hsf", "Beskrivningen är gammal", "Ny beskrivning två", "Årsberättelsen");
        Visitor kalle = editor("kalle");
        Visitor kajsa = editor("kajsa");
        String queue = kalle.get("/region/kalmar/forslag").body();
        long second = newest(queue);
        long first = second - 1;
        String kallesPage = kalle.get("/region/kalmar/forslag/" + first).body();
        String kajsasPage = kajsa.get("/region/kalmar/forslag/" + second).body();

        HttpResponse<String> hers = kajsa.post("/region/kalmar/forslag/" + second + "/godta", accept(kajsasPage,
                "Beskrivning enligt kajsa"));
        assertThat(hers.statusCode()).isEqualTo(303);
        HttpResponse<String> his = kalle.post("/region/kalmar/forslag/" + first + "/godta", accept(kallesPage,
                "Beskrivning enligt kalle"));
        assertThat(his.statusCode()).isEqualTo(409);
        assertThat(his.body()).contains("Någon annan ändrade uppgiften", "Beskrivning enligt kajsa");
        assertThat(server.get("/enhet/kalmar.hsf").body()).contains("Beskrivning enligt kajsa").doesNotContain("Beskrivning enligt kalle");
        assertThat(kalle.get("/region/kalmar/forslag").body()).contains("id=\"forslag-" + first + "\"");
        String state = server.store().jdbi().withHandle(h -> h.createQuery("select state from suggestion where id = :id")
                .bind("id", first).mapTo(String.class).one());
        assertThat(state).isEqualTo("open");
    }

    private static Map<String, String> accept(String page, String value) {
        Matcher version = VERSION.matcher(page);
        assertThat(version.find()).isTrue();
        return Map.of("_csrf", Visitor.csrfOf(page), "version", version.group(1), "falt", "description", "varde", value,
                "kalla-titel", "Läsarförslag", "kalla-url", "");
    }

    @Test
    @DisplayName("declining needs a reason; editors of other regions and anonymous visitors cannot decide")
    void decline() {
        Visitor reader = reader();
        suggest(reader, "/forslag/enhet/kalmar.hsf", "Namnet är fel", "Sjukvårdsförvaltningen", "Jag hörde det");
        Visitor kalle = editor("kalle");
        long n = newest(kalle.get("/region/kalmar/forslag").body());
        String page = kalle.get("/region/kalmar/forslag/" + n).body();

        Visitor hanna = editor("hanna");
        assertThat(hanna.post("/region/kalmar/forslag/" + n + "/avboj", Map.of("_csrf", Visitor.csrfOf(hanna.get("/").body()),
                "skal", "nej")).statusCode()).isEqualTo(403);
        assertThat(new Visitor(server).post("/region/kalmar/forslag/" + n + "/avboj", Map.of("skal", "nej")).statusCode())
                .isEqualTo(401);
        assertThat(new Visitor(server).post("/region/kalmar/forslag/" + n + "/godta", Map.of("varde", "x")).statusCode())
                .isEqualTo(401);

        HttpResponse<String> noReason = kalle.post("/region/kalmar/forslag/" + n + "/avboj", Map.of("_csrf", Visitor.csrfOf(page),
                "skal", "  "));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("id=\"skal-problem\"", "Fyll i fältet ”Motivering”.");
        HttpResponse<String> declined = kalle.post("/region/kalmar/forslag/" + n + "/avboj", Map.of("_csrf", Visitor.csrfOf(page),
                "skal", "Namnet stämmer med beslutet från 2024."));
        assertThat(declined.statusCode()).isEqualTo(303);
        String queue = kalle.get("/region/kalmar/forslag").body();
        assertThat(queue).contains("Avböjt av kalle", "Namnet stämmer med beslutet från 2024.");
        assertThat(server.get("/enhet/kalmar.hsf").body()).doesNotContain("Sjukvårdsförvaltningen<");
    }

    @Test
    @DisplayName("without --trust-proxy, X-Forwarded-For is ignored: changing it does not escape the limit")
    void untrustedProxyHeader(@TempDir Path other) {
        try (TestServer plain = TestServer.startOn(StoreConfig.embedded(other), TestServer.CLOCK, null, false)) {
            for (int i = 0; i < 6; i++) {
                Visitor v = new Visitor(plain);
                v.headers.put("X-Forwarded-For", "192.0.2." + i);
                int status = suggest(v, "/forslag/enhet/kalmar.hsf", "fel", "rätt", "källa").statusCode();
                assertThat(status).as("suggestion " + (i + 1)).isEqualTo(i < 5 ? 303 : 429);
            }
        }
    }

    private static long lastSeq() {
        return server.store().generation();
    }

}
