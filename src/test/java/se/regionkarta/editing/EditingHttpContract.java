package se.regionkarta.editing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.access.Accounts;
import se.regionkarta.access.model.Grant;
import se.regionkarta.access.model.Role;
import se.regionkarta.export.JsonExport;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.store.Store;
import se.regionkarta.store.StoreConfig;
import se.regionkarta.web.TestServer;

/**
 * The write contract of issue 12 over real HTTP, on the server as {@code serve} builds it over a
 * real store: H2 ({@link H2EditingHttpTest}) and PostgreSQL ({@link PostgresEditingHttpTest}).
 * Every test writes facts of its own or reads what it wrote, so their order does not matter.
 */
abstract class EditingHttpContract {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PATCH = "application/merge-patch+json";
    static TestServer server;
    static StoreConfig config;
    static String kalmar;
    static String halland;
    static String national;

    static void start(StoreConfig storeConfig) {
        config = storeConfig;
        server = TestServer.startOn(storeConfig, TestServer.CLOCK, null);
        Accounts accounts = Accounts.in(server.store().jdbi(), TestServer.CLOCK);
        kalmar = token(accounts, "kalmar-redaktor", Role.EDITOR, "kalmar");
        halland = token(accounts, "halland-redaktor", Role.EDITOR, "halland");
        national = token(accounts, "riks-redaktor", Role.NATIONAL_EDITOR);
    }

    private static String token(Accounts accounts, String name, Role role, String... regions) {
        var account = accounts.add(name, new Grant(Set.of(role), Set.of(regions)), "ett tillräckligt långt lösenord").orElseThrow();
        return accounts.createToken(account).token();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static HttpResponse<String> write(String method, String path, String token, String ifMatch, String type, String body) {
        java.util.List<String> headers = new java.util.ArrayList<>(java.util.List.of("Content-Type", type));
        if (token != null) {
            headers.addAll(java.util.List.of("Authorization", "Bearer " + token));
        }
        if (ifMatch != null) {
            headers.addAll(java.util.List.of("If-Match", ifMatch));
        }
        return server.send(method, path, body, headers.toArray(String[]::new));
    }

    static String etag(String path) {
        return server.get(path).headers().firstValue("ETag").orElseThrow();
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String export(Store store) {
        StringWriter out = new StringWriter();
        try {
            new JsonExport().write(new Snapshot(store.read()), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Test
    @DisplayName("a write without an account is 401, by an editor of another region 403, and neither changes anything")
    void rights() {
        String before = export(server.store());
        String tag = etag("/api/v1/units/kalmar.hsf");
        String body = "{\"name\": \"Obehörigt namn\", \"_source\": \"kalmar-deck\"}";

        HttpResponse<String> anonymous = write("PATCH", "/api/v1/units/kalmar.hsf", null, tag, PATCH, body);
        HttpResponse<String> other = write("PATCH", "/api/v1/units/kalmar.hsf", halland, tag, PATCH, body);
        HttpResponse<String> source = write("PATCH", "/api/v1/sources/kalmar-deck", kalmar, etag("/api/v1/sources/kalmar-deck"), PATCH,
                "{\"note\": \"x\", \"_source\": \"kalmar-deck\"}");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(json(anonymous).get("code").asText()).isEqualTo("unauthorized");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(json(other).get("code").asText()).isEqualTo("forbidden");
        assertThat(source.statusCode()).as("a source is national: an editor of a region may not change it").isEqualTo(403);
        assertThat(export(server.store())).isEqualTo(before);
    }

    @Test
    @DisplayName("PATCH of a unit: 428 without If-Match, 412 with a stale one, 200 with the current: a new ETag, the name at once in the API, on the page and in the feed")
    void patchUnit() {
        String path = "/api/v1/units/kalmar.hsf";
        long seen = server.store().generation();
        String first = etag(path);
        assertThat(first).startsWith("\"v");
        String body = """
                {"name": "Hälso- och sjukvården i Kalmar län", "_source": {"title": "Beslut om nytt namn",
                 "url": "https://example.org/beslut", "publisher": "Region Kalmar län", "date": "2026-12-01"},
                 "_comment": "Namnet ändrat enligt beslut"}""";

        HttpResponse<String> noMatch = write("PATCH", path, kalmar, null, PATCH, body);
        HttpResponse<String> ok = write("PATCH", path, kalmar, first, PATCH, body);
        HttpResponse<String> stale = write("PATCH", path, kalmar, first, PATCH, body.replace("i Kalmar län", "igen"));

        assertThat(noMatch.statusCode()).isEqualTo(428);
        assertThat(json(noMatch).get("code").asText()).isEqualTo("precondition-required");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        String second = ok.headers().firstValue("ETag").orElseThrow();
        assertThat(second).isNotEqualTo(first);
        assertThat(json(ok).get("name").asText()).isEqualTo("Hälso- och sjukvården i Kalmar län");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(json(stale).get("code").asText()).isEqualTo("precondition-failed");
        assertThat(stale.headers().firstValue("ETag")).hasValue(second);

        JsonNode unit = json(server.get(path));
        assertThat(unit.get("name").asText()).isEqualTo("Hälso- och sjukvården i Kalmar län");
        assertThat(unit.get("recorded").get("by").asText()).isEqualTo("kalmar-redaktor");
        assertThat(server.get(path).headers().firstValue("ETag").orElseThrow()).startsWith(second.substring(0, second.length() - 1) + ".");
        assertThat(server.get("/enhet/kalmar.hsf").body()).contains("Hälso- och sjukvården i Kalmar län");

        JsonNode changes = json(server.get("/api/v1/changes?limit=500&after=" + seen)).get("items");
        JsonNode change = null;
        for (JsonNode c : changes) {
            if (c.get("id").asText().equals("kalmar.hsf") && "kalmar-redaktor".equals(c.path("actor").asText())) {
                change = c;
            }
        }
        assertThat(change).as("the change in the feed").isNotNull();
        assertThat(change.get("sourceId").asText()).isEqualTo("edit-" + java.time.LocalDate.now(TestServer.CLOCK) + "-beslut-om-nytt-namn");
        assertThat(change.get("comment").asText()).isEqualTo("Namnet ändrat enligt beslut");
        assertThat(server.get("/api/v1/sources/" + change.get("sourceId").asText()).statusCode()).isEqualTo(200);

        // the same ETag, sent back, lets the next write through: no lost update, no needless refusal
        HttpResponse<String> next = write("PATCH", path, kalmar, second, PATCH, "{\"nameEn\": \"Health and Medical Care\", \"_source\": \"kalmar-deck\"}");
        assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
    }

    @Test
    @DisplayName("a refused write is a 422 naming every field, and leaves the store byte for byte as it was")
    void refused() {
        String before = export(server.store());
        long changes = server.store().changeCount();
        String path = "/api/v1/units/kalmar.regionstaben.hr";
        String tag = etag(path);

        HttpResponse<String> parent = write("PATCH", path, kalmar, tag, PATCH,
                "{\"parents\": [{\"parentId\": \"kalmar.no-such-unit\", \"validity\": {}}], \"_source\": \"kalmar-deck\"}");
        HttpResponse<String> members = write("PATCH", path, kalmar, tag, PATCH,
                "{\"children\": [], \"_source\": \"no-such-source\", \"_sauce\": 1}");
        HttpResponse<String> noSource = write("PATCH", path, kalmar, tag, PATCH, "{\"name\": \"Utan källa\"}");
        HttpResponse<String> notJson = write("PATCH", path, kalmar, tag, PATCH, "{\"name\": ");
        // Region Kalmar län began in 2019: it cannot be closed on a day before that
        HttpResponse<String> beforeItBegan = write("DELETE", "/api/v1/units/kalmar", kalmar, etag("/api/v1/units/kalmar"),
                "application/json", "{\"_source\": \"kalmar-deck\", \"until\": \"1900-01-01\"}");

        assertThat(parent.statusCode()).as(parent.body()).isEqualTo(422);
        assertThat(json(parent).get("code").asText()).isEqualTo("invalid-fact");
        assertThat(parent.body()).contains("kalmar.no-such-unit");
        assertThat(members.statusCode()).isEqualTo(422);
        assertThat(json(members).get("errors").findValuesAsText("field")).contains("_sauce", "_source");
        assertThat(noSource.statusCode()).isEqualTo(422);
        assertThat(json(noSource).get("errors").findValuesAsText("field")).containsExactly("_source");
        assertThat(notJson.statusCode()).isEqualTo(422);
        assertThat(beforeItBegan.statusCode()).as(beforeItBegan.body()).isEqualTo(422);
        assertThat(json(beforeItBegan).get("detail").asText()).contains("cannot end before that");
        assertThat(export(server.store())).isEqualTo(before);
        assertThat(server.store().changeCount()).isEqualTo(changes);
    }

    @Test
    @DisplayName("a key figure is created, closed (still readable as of earlier days) and its closing reverted, all in the audit")
    void createCloseRevert() {
        // a new figure shaped as the API shows an existing one
        com.fasterxml.jackson.databind.node.ObjectNode shown =
                (com.fasterxml.jackson.databind.node.ObjectNode) json(server.get("/api/v1/facts/figures/kalmar.employees.stock.kalmar-deck"));
        shown.put("id", "kalmar.hsf.test-besok-2025").put("unitId", "kalmar.hsf").put("value", 1234).put("_source", "kalmar-deck");
        shown.putArray("sources");
        String figure = shown.toString();
        HttpResponse<String> created = write("POST", "/api/v1/facts/figures", kalmar, null, "application/json", figure);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String path = "/api/v1/facts/figures/kalmar.hsf.test-besok-2025";
        assertThat(created.headers().firstValue("Location")).hasValue(path);
        HttpResponse<String> again = write("POST", "/api/v1/facts/figures", kalmar, null, "application/json", figure);
        assertThat(again.statusCode()).isEqualTo(409);

        HttpResponse<String> closed = write("DELETE", path, kalmar, created.headers().firstValue("ETag").orElseThrow(), "application/json",
                "{\"_source\": \"kalmar-deck\", \"_comment\": \"fel siffra\"}");
        assertThat(closed.statusCode()).as("a figure has no dates: closing withdraws it, and the answer is empty").isEqualTo(204);
        assertThat(server.get(path).statusCode()).isEqualTo(404);

        JsonNode audit = json(server.get("/api/v1/audit/figures/kalmar.hsf.test-besok-2025"));
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0).get("action").asText()).isEqualTo("withdraw");
        assertThat(audit.get(0).get("actor").asText()).isEqualTo("kalmar-redaktor");
        assertThat(audit.get(0).get("comment").asText()).isEqualTo("fel siffra");
        assertThat(audit.get(0).get("before").get("value").asInt()).isEqualTo(1234);
        assertThat(audit.get(1).get("action").asText()).isEqualTo("insert");
        long closing = audit.get(0).get("seq").asLong();

        HttpResponse<String> byOther = write("POST", "/api/v1/changes/" + closing + "/revert", halland, null, "application/json", "{}");
        HttpResponse<String> reverted = write("POST", "/api/v1/changes/" + closing + "/revert", kalmar, null, "application/json",
                "{\"_comment\": \"stängd av misstag\"}");
        assertThat(byOther.statusCode()).isEqualTo(403);
        assertThat(reverted.statusCode()).as(reverted.body()).isEqualTo(201);
        JsonNode after = json(server.get("/api/v1/audit/figures/kalmar.hsf.test-besok-2025"));
        assertThat(after.get(0).get("reverts").asLong()).isEqualTo(closing);
        assertThat(server.get(path).statusCode()).as("the revert brings it back").isEqualTo(200);
        assertThat(json(server.get("/api/v1/regions/kalmar/audit")).findValuesAsText("id")).contains("kalmar.hsf.test-besok-2025");
    }

    @Test
    @DisplayName("a unit closed with DELETE ends on its day, and stays readable as of the days before")
    void closeUnit() {
        String path = "/api/v1/units/kalmar.regionstaben.planering";
        HttpResponse<String> closed = write("DELETE", path, kalmar, etag(path), "application/json",
                "{\"_source\": \"kalmar-deck\", \"_comment\": \"avvecklad\", \"until\": \"2026-12-31\"}");

        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(json(closed).get("validity").get("until").asText()).isEqualTo("2026-12-31");
        assertThat(json(server.get(path + "?asOf=2026-06-01")).get("inForce").asBoolean()).isTrue();
        assertThat(json(server.get(path + "?asOf=2027-01-01")).get("inForce").asBoolean()).isFalse();
        assertThat(json(server.get("/api/v1/units?parent=kalmar.regionstaben&asOf=2027-01-01")).findValuesAsText("id"))
                .doesNotContain("kalmar.regionstaben.planering");
    }

    @Test
    @DisplayName("a rename written as an event: the unit follows, its old name kept until the day before, the event in the history")
    void renameEvent() {
        String event = """
                {"id": "kalmar.regionstaben.kansli.namnbyte-2026", "kind": "RENAME", "date": "2026-12-01",
                 "originals": ["kalmar.regionstaben.kansli"], "results": ["kalmar.regionstaben.kansli"],
                 "newName": "Regionkansliet", "sources": [], "_source": "kalmar-deck", "_comment": "nytt namn"}""";
        HttpResponse<String> byOther = write("POST", "/api/v1/events", halland, null, "application/json", event);
        HttpResponse<String> created = write("POST", "/api/v1/events", kalmar, null, "application/json", event);

        assertThat(byOther.statusCode()).as("the events of a region's units are its editors'").isEqualTo(403);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode unit = json(server.get("/api/v1/units/kalmar.regionstaben.kansli?asOf=2026-12-07"));
        assertThat(unit.get("name").asText()).isEqualTo("Regionkansliet");
        assertThat(json(server.get("/api/v1/units/kalmar.regionstaben.kansli?asOf=2026-11-30")).get("nameAsOf").asText())
                .isNotEqualTo("Regionkansliet");
        assertThat(server.get("/api/v1/events/kalmar.regionstaben.kansli.namnbyte-2026").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("a national editor changes a source; the same PATCH by a region's editor was refused")
    void nationalFacts() {
        String path = "/api/v1/sources/kalmar-deck";
        HttpResponse<String> r = write("PATCH", path, national, etag(path), PATCH, "{\"note\": \"Läst igen i december\", \"_source\": \"kalmar-deck\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(server.get(path)).toString()).contains("Läst igen i december");
    }
}
