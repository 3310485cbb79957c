package se.regionkarta.editing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.access.Accounts;
import se.regionkarta.access.model.Grant;
import se.regionkarta.access.model.Role;
import se.regionkarta.export.JsonExport;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.store.StoreConfig;
import se.regionkarta.web.TestServer;
import se.regionkarta.web.Visitor;

/**
 * The site's forms that edit facts, over real HTTP on the server as {@code serve} builds it over a
 * real store: H2 ({@link H2SiteEditingHttpTest}) and PostgreSQL ({@link PostgresSiteEditingHttpTest}).
 * Each test edits facts of its own, so their order does not matter.
 */
abstract class SiteEditingHttpContract {

    static final String PASSWORD = "ett tillräckligt långt lösenord";
    static final ObjectMapper JSON = new ObjectMapper();
    static TestServer server;

    static void start(StoreConfig config) {
        server = TestServer.startOn(config, TestServer.CLOCK, null);
        Accounts accounts = Accounts.in(server.store().jdbi(), TestServer.CLOCK);
        accounts.add("anna", new Grant(Set.of(Role.EDITOR), Set.of("kalmar")), PASSWORD).orElseThrow();
        accounts.add("bertil", new Grant(Set.of(Role.EDITOR), Set.of("kalmar")), PASSWORD).orElseThrow();
        accounts.add("hanna", new Grant(Set.of(Role.EDITOR), Set.of("halland")), PASSWORD).orElseThrow();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static Visitor loggedIn(String name) {
        Visitor v = new Visitor(server);
        assertThat(v.logIn(name, PASSWORD).statusCode()).isEqualTo(303);
        return v;
    }

    static String export() {
        StringWriter out = new StringWriter();
        try {
            new JsonExport().write(new Snapshot(server.store().read()), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("an anonymous form is sent to the login page (GET) or refused 401 (POST); an editor of another region gets 403; nothing is written")
    void rights() {
        String before = export();
        Visitor anonymous = new Visitor(server);
        HttpResponse<String> open = anonymous.get("/redigera/units/kalmar.regionstaben.kansli");
        HttpResponse<String> send = anonymous.post("/redigera/units/kalmar.regionstaben.kansli",
                Map.of("name", "Obehörigt", "kalla", "kalmar-deck", "_version", "1"));
        Visitor hanna = loggedIn("hanna");
        HttpResponse<String> otherOpen = hanna.get("/redigera/units/kalmar.regionstaben.kansli");
        String csrf = Visitor.csrfOf(hanna.get("/").body());
        HttpResponse<String> otherSend = hanna.post("/redigera/units/kalmar.regionstaben.kansli",
                Map.of("name", "Obehörigt", "kind", "STAFF_FUNCTION", "kalla", "kalmar-deck", "_version", "1", "_csrf", csrf));

        assertThat(open.statusCode()).isEqualTo(303);
        assertThat(open.headers().firstValue("Location").orElseThrow()).startsWith("/logga-in?tillbaka=");
        assertThat(send.statusCode()).isEqualTo(401);
        assertThat(send.body()).contains("Du behöver logga in");
        assertThat(otherOpen.statusCode()).isEqualTo(403);
        assertThat(otherSend.statusCode()).isEqualTo(403);
        assertThat(otherSend.body()).contains("Det får du inte göra");
        assertThat(export()).isEqualTo(before);
        assertThat(anonymous.get("/enhet/kalmar.regionstaben.kansli").body()).doesNotContain("/redigera/");
        assertThat(hanna.get("/enhet/kalmar.regionstaben.kansli").body()).doesNotContain("/redigera/");
    }

    @Test
    @DisplayName("a form without its _csrf field is refused 403 and writes nothing")
    void withoutCsrf() {
        String before = export();
        Visitor anna = loggedIn("anna");
        Map<String, String> fields = FormFields.of(anna.get("/redigera/units/kalmar.regionstaben.planering").body());
        fields.put("name", "Utan token");
        fields.put("kalla-titel", "Beslut");
        fields.remove("_csrf");

        HttpResponse<String> r = anna.post("/redigera/units/kalmar.regionstaben.planering", fields);

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(export()).isEqualTo(before);
    }

    @Test
    @DisplayName("an empty name is the form again, 400, with the problem beside the field and the values kept; nothing is written")
    void refused() {
        String before = export();
        long changes = server.store().changeCount();
        Visitor anna = loggedIn("anna");
        Map<String, String> fields = FormFields.of(anna.get("/redigera/units/kalmar.regionstaben.hr").body());
        fields.put("name", "  ");
        fields.put("kalla-titel", "Beslut om namn");
        fields.put("kommentar", "Min kommentar finns kvar");

        HttpResponse<String> r = anna.post("/redigera/units/kalmar.regionstaben.hr", fields);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("<p class=\"field-problem\" id=\"name-problem\">Namn måste fyllas i.</p>")
                .contains("aria-describedby=\"name-problem\"").contains("href=\"#name\"").contains("Min kommentar finns kvar")
                .contains("value=\"Beslut om namn\"");
        assertThat(export()).isEqualTo(before);
        assertThat(server.store().changeCount()).isEqualTo(changes);
    }

    @Test
    @DisplayName("a saved change goes back to the unit's page, which shows it at once with a confirmation and in its changes; the feed has its author and source")
    void saved() {
        long seen = server.store().generation();
        Visitor anna = loggedIn("anna");
        HttpResponse<String> form = anna.get("/redigera/units/kalmar.hsf");
        assertThat(form.statusCode()).isEqualTo(200);
        Map<String, String> fields = FormFields.of(form.body());
        assertThat(fields.get("name")).isEqualTo("Hälso- och sjukvårdsförvaltningen");
        fields.put("name", "Hälso- och sjukvården Kalmar");
        fields.put("kalla-titel", "Regionstyrelsens beslut om namn");
        fields.put("kalla-adress", "https://example.org/beslut");
        fields.put("kalla-datum", "2026-11");
        fields.put("kommentar", "Nytt namn från årsskiftet");

        HttpResponse<String> r = anna.post("/redigera/units/kalmar.hsf", fields);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/enhet/kalmar.hsf?sparat=1#andrat");
        String page = anna.get("/enhet/kalmar.hsf?sparat=1").body();
        assertThat(page).contains("Hälso- och sjukvården Kalmar").contains("Ändringen är sparad.");
        String anonymous = new Visitor(server).get("/enhet/kalmar.hsf").body();
        assertThat(anonymous).contains("<h2 id=\"changes-h\">Ändringar</h2>").contains("av anna").contains("Namn")
                .contains("Regionstyrelsens beslut om namn").contains("Nytt namn från årsskiftet").doesNotContain("/redigera/");

        JsonNode change = null;
        for (JsonNode c : json(server.get("/api/v1/changes?limit=500&after=" + seen).body()).get("items")) {
            if (c.get("id").asText().equals("kalmar.hsf")) {
                change = c;
            }
        }
        assertThat(change).as("the change in the feed").isNotNull();
        assertThat(change.get("actor").asText()).isEqualTo("anna");
        assertThat(change.get("sourceId").asText()).endsWith("regionstyrelsens-beslut-om-namn");
        assertThat(change.get("comment").asText()).isEqualTo("Nytt namn från årsskiftet");
        JsonNode source = json(server.get("/api/v1/sources/" + change.get("sourceId").asText()).body());
        assertThat(source.get("url").asText()).isEqualTo("https://example.org/beslut");
        assertThat(json(server.get("/api/v1/units/kalmar.hsf").body()).get("nameEn").asText())
                .as("fields not changed keep their values").isNotBlank();
    }

    @Test
    @DisplayName("two editors open the same form; the second one's save is shown again, 409, with the first one's value, who and when, and the new version; saving again is deliberate")
    void collision() {
        String path = "/redigera/units/kalmar.regionstaben.kommunikation";
        Visitor anna = loggedIn("anna");
        Visitor bertil = loggedIn("bertil");
        Map<String, String> annas = FormFields.of(anna.get(path).body());
        Map<String, String> bertils = FormFields.of(bertil.get(path).body());
        annas.put("name", "Annas namn");
        annas.put("kalla", "kalmar-deck");
        assertThat(anna.post(path, annas).statusCode()).isEqualTo(303);
        String afterAnna = export();

        bertils.put("name", "Bertils namn");
        bertils.put("kalla", "kalmar-deck");
        HttpResponse<String> stale = bertil.post(path, bertils);

        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(stale.body()).contains("Någon annan har ändrat uppgiften").contains("Nu sparat: <strong>Annas namn</strong>")
                .contains("ändrat av anna").contains("value=\"Bertils namn\"");
        assertThat(export()).as("nothing written by the stale form").isEqualTo(afterAnna);
        Map<String, String> again = FormFields.of(stale.body());
        assertThat(Integer.parseInt(again.get("_version"))).isGreaterThan(Integer.parseInt(bertils.get("_version")));
        assertThat(again.get("name")).isEqualTo("Bertils namn");

        HttpResponse<String> deliberate = bertil.post(path, again);
        assertThat(deliberate.statusCode()).as(deliberate.body()).isEqualTo(303);
        assertThat(json(server.get("/api/v1/units/kalmar.regionstaben.kommunikation").body()).get("name").asText())
                .isEqualTo("Bertils namn");
    }

    @Test
    @DisplayName("a new channel is added from a unit's page and closed with a last day; a key figure's value is changed")
    void newAndClosed() {
        Visitor anna = loggedIn("anna");
        Map<String, String> fields = FormFields.of(anna.get("/ny/channels?enhet=kalmar.psykiatri").body());
        fields.put("name", "Psykiatrins nya webbplats");
        fields.put("kind", "WEBSITE");
        fields.put("address", "https://example.org/psykiatri");
        fields.put("kalla", "kalmar-deck");
        HttpResponse<String> created = anna.post("/ny/channels", fields);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        assertThat(anna.get("/enhet/kalmar.psykiatri").body()).contains("Psykiatrins nya webbplats")
                .contains("/redigera/channels/kalmar.psykiatri.kanal-psykiatrins-nya-webbplats");

        String closePath = "/avsluta/channels/kalmar.psykiatri.kanal-psykiatrins-nya-webbplats";
        Map<String, String> closing = FormFields.of(anna.get(closePath).body());
        closing.put("sista-dag", "2026-01-31");
        closing.put("kalla", "kalmar-deck");
        assertThat(anna.post(closePath, closing).statusCode()).isEqualTo(303);
        assertThat(anna.get("/enhet/kalmar.psykiatri").body()).doesNotContain("Psykiatrins nya webbplats");
        assertThat(anna.get("/enhet/kalmar.psykiatri?asOf=2026-01-15").body()).contains("Psykiatrins nya webbplats");

        String figure = "/redigera/figures/kalmar.employees.stock.kalmar-deck";
        Map<String, String> values = FormFields.of(anna.get(figure).body());
        values.put("value", "6543");
        values.put("kalla", "kalmar-deck");
        HttpResponse<String> r = anna.post(figure, values);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(json(server.get("/api/v1/facts/figures/kalmar.employees.stock.kalmar-deck").body()).get("value").asInt())
                .isEqualTo(6543);
    }

    @Test
    @DisplayName("the region page lists the region's latest changes for everyone, and offers its form only to its editors")
    void regionPage() {
        Visitor anna = loggedIn("anna");
        Map<String, String> fields = FormFields.of(anna.get("/redigera/units/kalmar.regionstaben.utveckling").body());
        fields.put("location-town", "Kalmar");
        fields.put("kalla", "kalmar-deck");
        fields.put("kommentar", "Orten tillagd");
        HttpResponse<String> saved = anna.post("/redigera/units/kalmar.regionstaben.utveckling", fields);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);

        String anonymous = new Visitor(server).get("/region/kalmar").body();
        assertThat(anonymous).contains("id=\"andringar\"").contains("Orten tillagd").doesNotContain("/redigera/units/kalmar\"");
        assertThat(anna.get("/region/kalmar").body()).contains("href=\"/redigera/units/kalmar\"");
        Map<String, String> unchanged = new HashMap<>(FormFields.of(anna.get("/redigera/units/kalmar.regionstaben.utveckling").body()));
        unchanged.put("kalla", "kalmar-deck");
        HttpResponse<String> nothing = anna.post("/redigera/units/kalmar.regionstaben.utveckling", unchanged);
        assertThat(nothing.statusCode()).isEqualTo(400);
        assertThat(nothing.body()).contains("Du har inte ändrat något.");
    }

    @Test
    @DisplayName("a body's size is changed from the politics page, which then lists the change; a size that is not a number is refused beside its field")
    void body() {
        Visitor anna = loggedIn("anna");
        assertThat(anna.get("/region/kalmar/politik").body()).contains("href=\"/redigera/bodies/kalmar.folkhogskolestyrelsen\"");
        assertThat(new Visitor(server).get("/region/kalmar/politik").body()).doesNotContain("/redigera/");
        Map<String, String> fields = FormFields.of(anna.get("/redigera/bodies/kalmar.folkhogskolestyrelsen").body());
        fields.put("members", "tolv");
        fields.put("kalla", "kalmar-deck");
        HttpResponse<String> refused = anna.post("/redigera/bodies/kalmar.folkhogskolestyrelsen", fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"members-problem\">Antal ledamöter: skriv ett heltal från 0.</p>");

        fields.put("members", "12");
        fields.put("kommentar", "Fler ledamöter från 2027");
        HttpResponse<String> saved = anna.post("/redigera/bodies/kalmar.folkhogskolestyrelsen", fields);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue("/region/kalmar/politik?sparat=1#kalmar.folkhogskolestyrelsen");
        assertThat(new Visitor(server).get("/region/kalmar/politik").body()).contains("id=\"andringar\"")
                .contains("Fler ledamöter från 2027").contains("Antal ledamöter");
        assertThat(json(server.get("/api/v1/bodies/kalmar.folkhogskolestyrelsen").body()).get("members").asInt()).isEqualTo(12);
    }
}
