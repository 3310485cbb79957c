package se.regionkarta.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.web.TestServer;

/** The change feed and "recorded by" over real HTTP, on a server that reads a real H2 store (issue 5). */
class ChangeFeedTest {

    @TempDir
    static Path home;

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.startWithStore(home);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode ok(String path) {
        HttpResponse<String> r = server.get(path);
        assertThat(r.statusCode()).as("%s: %s", path, r.body()).isEqualTo(200);
        return ApiClient.parse(r.body());
    }

    @Test
    @DisplayName("the feed lists the first load's inserts oldest first, and next resumes after the last one")
    void pages() {
        JsonNode first = ok("/api/v1/changes?limit=3");

        assertThat(first.get("items")).hasSize(3);
        List<Long> seqs = new ArrayList<>();
        first.get("items").forEach(c -> {
            seqs.add(c.get("seq").asLong());
            assertThat(c.get("action").asText()).isEqualTo("insert");
            assertThat(c.get("actor").asText()).isEqualTo("regionkarta");
        });
        assertThat(seqs).isSorted().doesNotHaveDuplicates();
        assertThat(first.get("next").asText()).isEqualTo("/api/v1/changes?after=" + seqs.get(2) + "&limit=3");
        JsonNode second = ok(first.get("next").asText());
        assertThat(second.get("items").get(0).get("seq").asLong()).isGreaterThan(seqs.get(2));
    }

    @Test
    @DisplayName("a unit's change links to the unit, and the feed is never cached")
    void hrefAndCaching() {
        HttpResponse<String> r = server.get("/api/v1/changes?limit=500");
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-cache");
        List<String> hrefs = new ArrayList<>();
        ApiClient.parse(r.body()).get("items").forEach(c -> hrefs.add(c.path("href").asText()));
        assertThat(hrefs).contains("/api/v1/sources/kalmar-deck");
        JsonNode hsf = changeOf("units", "kalmar.hsf");
        assertThat(hsf.get("href").asText()).isEqualTo("/api/v1/units/kalmar.hsf");
        assertThat(changeOf("metrics", "employees").has("href")).as("metrics have no resource of their own").isFalse();
    }

    @Test
    @DisplayName("since a moment after the load the feed is empty, and next stays where it was")
    void since() {
        JsonNode later = ok("/api/v1/changes?since=2999-01-01T00:00:00Z");

        assertThat(later.get("items")).isEmpty();
        assertThat(later.get("next").asText()).isEqualTo("/api/v1/changes?since=2999-01-01T00:00Z&after=0&limit=100");
        assertThat(ok("/api/v1/changes?since=2000-01-01&limit=1").get("items")).hasSize(1);
    }

    @Test
    @DisplayName("a later change to the store shows up after the cursor, and nothing else does: incremental sync")
    void incremental() {
        long cursor = lastSeq();
        Dataset before = server.store().read();
        Unit hsf = before.all(Unit.class).stream().filter(u -> u.id().equals("kalmar.hsf")).findFirst().orElseThrow();
        List<Unit> units = before.all(Unit.class).stream().map(u -> u == hsf ? u.withName("Hälso- och sjukvården") : u).toList();
        server.store().sync(before.with(se.regionkarta.registry.model.Unit.class, units), "redaktör", "test");
        try {
            JsonNode page = ok("/api/v1/changes?after=" + cursor);
            assertThat(page.get("items")).hasSize(1);
            JsonNode change = page.get("items").get(0);
            assertThat(change.get("action").asText()).isEqualTo("update");
            assertThat(change.get("kind").asText()).isEqualTo("units");
            assertThat(change.get("id").asText()).isEqualTo("kalmar.hsf");
            assertThat(change.get("actor").asText()).isEqualTo("redaktör");
            assertThat(change.get("regionId").asText()).isEqualTo("kalmar");
            assertThat(change.get("href").asText()).isEqualTo("/api/v1/units/kalmar.hsf");
        } finally {
            server.store().sync(before, "regionkarta", "test");
        }
    }

    @Test
    @DisplayName("a unit answers who recorded it and when, from the store's change log")
    void recorded() {
        JsonNode unit = ok("/api/v1/units/kalmar.hsf");

        assertThat(unit.get("recorded").get("by").asText()).isEqualTo("regionkarta");
        assertThat(unit.get("recorded").get("at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
    }

    private static long lastSeq() {
        long after = 0;
        while (true) {
            JsonNode page = ok("/api/v1/changes?limit=500&after=" + after);
            if (page.get("items").isEmpty()) {
                return after;
            }
            after = page.get("items").get(page.get("items").size() - 1).get("seq").asLong();
        }
    }

    /** Walks the feed from the start and returns the first change of the given fact. */
    private static JsonNode changeOf(String kind, String id) {
        String next = "/api/v1/changes?limit=500";
        while (true) {
            JsonNode page = ok(next);
            for (JsonNode c : page.get("items")) {
                if (c.get("kind").asText().equals(kind) && c.get("id").asText().equals(id)) {
                    return c;
                }
            }
            assertThat(page.get("items")).as("no change of %s %s in the feed", kind, id).isNotEmpty();
            next = page.get("next").asText();
        }
    }
}
