package se.regionkarta.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.access.Accounts;
import se.regionkarta.access.AdjustableClock;
import se.regionkarta.access.model.Grant;
import se.regionkarta.access.model.Role;
import se.regionkarta.elections.ElectionReport;
import se.regionkarta.elections.Elections;
import se.regionkarta.elections.VotesFile;
import se.regionkarta.elections.model.ConstituencyVotes;
import se.regionkarta.json.Json;
import se.regionkarta.store.StoreConfig;

/**
 * Entering an assembly's 2026–2030 seats from the votes through the site (issue 12, item 2), over
 * real HTTP on the server as {@code serve} builds it over a real store: H2 ({@link H2SeatEntryHttpTest})
 * and PostgreSQL ({@link PostgresSeatEntryHttpTest}). The day is 7 December 2026: the term
 * 2026–2030 runs, and the registry has no seats for it yet.
 */
abstract class SeatEntryHttpContract {

    static final String PASSWORD = "ett lagom långt lösenord";
    static final AdjustableClock CLOCK = new AdjustableClock(Instant.parse("2026-12-07T10:00:00Z"));
    static final String FORM = "/region/kalmar/politik/mandat";
    static TestServer server;

    /** A small election in one constituency, worked by hand with the modified odd-number method: S 25, M 15, SD 12, KD 6, C 5, V 4. */
    static final Map<String, String> VOTES = Map.of("k1-S", "41 230", "k1-M", "25120", "k1-SD", "19 870", "k1-KD", "10340",
            "k1-C", "8150", "k1-V", "7060", "k1-L", "2480", "k1-ovriga", "1500");

    static void start(StoreConfig config) {
        server = TestServer.startOn(config, CLOCK, null);
        Accounts accounts = Accounts.in(server.store().jdbi(), CLOCK);
        accounts.add("eva", new Grant(Set.of(Role.EDITOR), Set.of("kalmar")), PASSWORD).orElseThrow();
        accounts.add("olle", new Grant(Set.of(Role.EDITOR), Set.of("kalmar")), PASSWORD).orElseThrow();
        accounts.add("hanna", new Grant(Set.of(Role.EDITOR), Set.of("halland")), PASSWORD).orElseThrow();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static Visitor editor(String name) {
        Visitor v = new Visitor(server);
        assertThat(v.logIn(name, PASSWORD).statusCode()).isEqualTo(303);
        return v;
    }

    /** Opens the form and sends it with the given fields beside the hidden ones it carries. */
    static HttpResponse<String> send(Visitor v, String html, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(hidden(html));
        all.put("period", "2026-2030");
        all.put("mandat", "67");
        all.putAll(fields);
        return v.post(FORM, all);
    }

    static Map<String, String> hidden(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            fields.put(m.group(1), m.group(2).replace("&amp;", "&").replace("&#34;", "\"").replace("&#39;", "'"));
        }
        return fields;
    }

    /** Reads the table of computed seats: party → seats. */
    static Map<String, Integer> computed(String html) {
        String table = html.substring(html.indexOf("<table id=\"computed\">"), html.indexOf("</table>", html.indexOf("<table id=\"computed\">")));
        Map<String, Integer> seats = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<tr><th scope=\"row\">([A-Za-z]+) –.*?<td class=\"num\">(\\d+)</td></tr>").matcher(table);
        while (m.find()) {
            seats.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        return seats;
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return Json.mapper().readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError(r.body(), e);
        }
    }

    static String seatsApi(String body) {
        return server.get("/api/v1/seats?body=" + body + "&term=2026-2030").body();
    }

    static String audit(String region) {
        return server.get("/api/v1/regions/" + region + "/audit?limit=50").body();
    }

    @Test
    @DisplayName("an anonymous reader is sent to the login to open the form, and gets 401 for a POST; the politics page offers no form")
    void anonymous() {
        Visitor v = new Visitor(server);
        HttpResponse<String> open = v.get(FORM);
        assertThat(open.statusCode()).isEqualTo(303);
        assertThat(open.headers().firstValue("Location").orElseThrow()).startsWith("/logga-in?tillbaka=");
        assertThat(v.post(FORM, VOTES).statusCode()).isEqualTo(401);
        assertThat(v.get("/region/kalmar/politik").body()).doesNotContain(FORM);
    }

    @Test
    @DisplayName("an editor of Halland gets 403 for Kalmar's form, to open it and to send it; Kalmar's politics page offers her no form")
    void otherRegion() {
        Visitor hanna = editor("hanna");
        HttpResponse<String> open = hanna.get(FORM);
        assertThat(open.statusCode()).isEqualTo(403);
        Map<String, String> fields = new LinkedHashMap<>(VOTES);
        fields.put("_csrf", Visitor.csrfOf(hanna.get("/region/kalmar").body()));
        fields.put("steg", "spara");
        assertThat(hanna.post(FORM, fields).statusCode()).isEqualTo(403);
        assertThat(hanna.get("/region/kalmar/politik").body()).doesNotContain(FORM);
        assertThat(hanna.get("/region/halland/politik").body()).contains("href=\"/region/halland/politik/mandat\"");
    }

    @Test
    @DisplayName("votes that cannot be used give the form again, 400, each problem beside its field; nothing is written")
    void refusedVotes() {
        Visitor eva = editor("eva");
        String form = eva.get(FORM).body();
        String seatsBefore = seatsApi("kalmar.rf");
        String auditBefore = audit("kalmar");

        Map<String, String> unknown = new LinkedHashMap<>(VOTES);
        unknown.put("extra1", "XYZ");
        unknown.put("k1-extra1", "900");
        unknown.put("steg", "spara");
        HttpResponse<String> r = send(eva, form, unknown);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"extra1-problem\"", "Partiet XYZ finns inte i registret", "href=\"#extra1\"",
                "aria-describedby=\"extra1-problem\"", "value=\"XYZ\"", "value=\"41 230\"");

        Map<String, String> negative = new LinkedHashMap<>(VOTES);
        negative.put("k1-M", "-25120");
        negative.put("k1-C", "åtta tusen");
        r = send(eva, form, negative);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("<p class=\"field-problem\" id=\"k1-M-problem\" lang=\"\">Antalet kan inte vara negativt.</p>"
                .replace(" lang=\"\"", ""), "id=\"k1-C-problem\"", "Skriv ett heltal", "Indata kunde inte användas (2 fel)")
                .doesNotContain("id=\"computed\"");

        r = send(eva, form, Map.of("k1-S", "", "k1-ovriga", "  "));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"k1-S-problem\"", "Skriv rösterna för minst ett parti.");

        assertThat(seatsApi("kalmar.rf")).isEqualTo(seatsBefore);
        assertThat(audit("kalmar")).isEqualTo(auditBefore);
    }

    @Test
    @DisplayName("step 1 shows the seats the election engine gives for the same votes: one constituency worked by hand, and two with adjustment seats")
    void computedAsTheEngineComputes() {
        Visitor eva = editor("eva");
        String form = eva.get(FORM).body();
        assertThat(form).contains("<option value=\"2026-2030\" selected>", "value=\"67\"", "name=\"_csrf\"");

        HttpResponse<String> one = send(eva, form, VOTES);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(computed(one.body())).containsExactly(Map.entry("S", 25), Map.entry("M", 15), Map.entry("SD", 12),
                Map.entry("KD", 6), Map.entry("C", 5), Map.entry("V", 4));
        assertThat(one.body()).contains("67 mandat: 67 fasta och 0 utjämningsmandat", "115\u00a0750 giltiga röster",
                "41\u00a0230", "id=\"save\"");

        Map<String, String> two = new LinkedHashMap<>();
        two.put("valkretsar", "2");
        two.putAll(Map.of("k1-namn", "Norra", "k1-rostberattigade", "80000", "k2-namn", "Södra", "k2-rostberattigade", "100000"));
        two.putAll(Map.of("k1-S", "18000", "k1-M", "9000", "k1-SD", "8000", "k1-C", "6000", "k1-KD", "3000", "k1-V", "2500"));
        two.putAll(Map.of("k2-S", "21000", "k2-M", "16000", "k2-SD", "12000", "k2-C", "1500", "k2-KD", "7000", "k2-V", "4500"));
        HttpResponse<String> r = send(eva, eva.get(FORM + "?valkretsar=2").body(), two);
        assertThat(r.statusCode()).isEqualTo(200);
        ElectionReport engine = Elections.allocateSeats(VotesFile.ofFile(List.of(
                new ConstituencyVotes("Norra", 80000L, null, Map.of("S", 18000L, "M", 9000L, "SD", 8000L, "C", 6000L, "KD", 3000L, "V", 2500L)),
                new ConstituencyVotes("Södra", 100000L, null, Map.of("S", 21000L, "M", 16000L, "SD", 12000L, "C", 1500L, "KD", 7000L,
                        "V", 4500L))), Map.of(), null), 67, null, null, 1);
        Map<String, Integer> expected = new LinkedHashMap<>();
        engine.parties().stream().filter(ElectionReport.PartyLine::qualified).forEach(p -> expected.put(p.party(), p.total()));
        assertThat(computed(r.body())).isEqualTo(expected);
        assertThat(engine.adjustmentSeats()).isEqualTo(7);
        assertThat(r.body()).contains("67 mandat: 60 fasta och 7 utjämningsmandat");
    }

    @Test
    @DisplayName("saving writes the seats: the politics page shows 2026–2030 as current, the API lists them, the log names the editor and source; "
            + "a correction replaces them, and a stale form is a collision that overwrites nothing")
    void saveCorrectAndCollide() {
        Visitor eva = editor("eva");
        assertThat(eva.get("/region/kalmar/politik").body()).contains("Mandatfördelningen för mandatperioden 2026–2030 finns inte i registret ännu",
                "href=\"/region/kalmar/politik/mandat\"");
        HttpResponse<String> step1 = send(eva, eva.get(FORM).body(), VOTES);
        Map<String, String> save = new LinkedHashMap<>(VOTES);
        save.putAll(Map.of("steg", "spara", "kalla", "", "kalla-titel", "Länsstyrelsens beslut om fördelning av mandat 2026",
                "kalla-adress", "https://www.lansstyrelsen.se/kalmar", "kalla-utgivare", "Länsstyrelsen i Kalmar län",
                "kalla-datum", "2026-09-24", "kommentar", "Räknat från rösterna"));
        HttpResponse<String> saved = send(eva, step1.body(), save);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue("/region/kalmar/politik?sparat=2026-2030");

        String page = eva.get("/region/kalmar/politik?sparat=2026-2030").body();
        assertThat(page).contains("Mandatfördelningen för 2026–2030 är sparad.", "Mandatfördelning 2026–2030",
                "S 25, M 15, SD 12, KD 6, C 5, V 4 (67)").doesNotContain("finns inte i registret ännu");
        String anonymous = new Visitor(server).get("/region/kalmar/politik").body();
        assertThat(anonymous).contains("Mandatperioden 2026–2030.", "Mandatfördelning 2026–2030", "S 25, M 15, SD 12, KD 6, C 5, V 4 (67)",
                "Länsstyrelsens beslut om fördelning av mandat 2026").doesNotContain("finns inte i registret ännu");
        JsonNode api = json(server.get("/api/v1/seats?body=kalmar.rf&term=2026-2030"));
        assertThat(api.get("items")).hasSize(6);
        assertThat(api.get("items").get(0).get("partyId").asText()).isEqualTo("S");
        assertThat(api.get("items").get(0).get("seats").asInt()).isEqualTo(25);
        assertThat(api.get("items").get(0).get("sources").get(0).get("basis").asText()).isEqualToIgnoringCase("derived");
        assertThat(json(server.get("/api/v1/bodies/kalmar.rf/composition?seats=15")).toString()).contains("2026-2030");
        JsonNode log = json(server.get("/api/v1/audit/seats/kalmar.rf/2026-2030/S"));
        assertThat(log.get(0).get("actor").asText()).isEqualTo("eva");
        String sourceId = log.get(0).get("sourceId").asText();
        assertThat(sourceId).isEqualTo("edit-2026-12-07-lansstyrelsens-beslut-om-fordelning-av-m");
        assertThat(log.get(0).get("comment").asText()).isEqualTo("Räknat från rösterna");

        // two editors open the form for a correction; the first saves, the second's form is stale
        String evaForm = eva.get(FORM).body();
        Visitor olle = editor("olle");
        String olleForm = olle.get(FORM).body();
        assertThat(evaForm).contains("id=\"stored\"", "S 25, M 15, SD 12, KD 6, C 5, V 4 (67)");
        Map<String, String> corrected = new LinkedHashMap<>(VOTES);
        corrected.put("k1-V", "1200"); // below the threshold now: V has no seats, and its stored count ends
        HttpResponse<String> evaStep1 = send(eva, evaForm, corrected);
        assertThat(computed(evaStep1.body())).doesNotContainKey("V");
        Map<String, String> evaSave = new LinkedHashMap<>(corrected);
        evaSave.putAll(Map.of("steg", "spara", "kalla", sourceId, "kommentar", "Rättat"));
        assertThat(send(eva, evaStep1.body(), evaSave).statusCode()).isEqualTo(303);
        String afterCorrection = seatsApi("kalmar.rf");
        assertThat(json(server.get("/api/v1/seats?body=kalmar.rf&term=2026-2030")).get("items")).hasSize(5);
        assertThat(afterCorrection).doesNotContain("\"partyId\":\"V\"");

        HttpResponse<String> olleStep1 = send(olle, olleForm, VOTES);
        Map<String, String> olleSave = new LinkedHashMap<>(VOTES);
        olleSave.putAll(Map.of("steg", "spara", "kalla", sourceId));
        HttpResponse<String> collision = send(olle, olleStep1.body(), olleSave);
        assertThat(collision.statusCode()).isEqualTo(409);
        assertThat(collision.body()).contains("id=\"collision\"", "Någon annan har ändrat mandatfördelningen för 2026–2030",
                "Ingenting har sparats");
        assertThat(seatsApi("kalmar.rf")).isEqualTo(afterCorrection);
        // having seen the collision, saving again replaces the seats knowingly
        assertThat(send(olle, collision.body(), olleSave).statusCode()).isEqualTo(303);
        assertThat(json(server.get("/api/v1/seats?body=kalmar.rf&term=2026-2030")).get("items")).hasSize(6);
    }

    @Test
    @DisplayName("votes changed after the seats were shown are not saved: the new seats are shown to be checked first")
    void changedAfterChecking() {
        Visitor eva = editor("eva");
        HttpResponse<String> step1 = send(eva, eva.get(FORM).body(), VOTES);
        Map<String, String> changed = new LinkedHashMap<>(VOTES);
        changed.put("k1-S", "61230");
        changed.putAll(Map.of("steg", "spara", "kalla-titel", "Valresultat"));
        String before = seatsApi("kalmar.rf");
        HttpResponse<String> r = send(eva, step1.body(), changed);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Rösterna ändrades efter att mandaten räknades ut", "href=\"#resultat\"", "id=\"computed\"");
        assertThat(seatsApi("kalmar.rf")).isEqualTo(before);
    }
}
