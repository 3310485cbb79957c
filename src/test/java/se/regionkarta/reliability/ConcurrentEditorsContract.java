package se.regionkarta.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import se.regionkarta.access.Accounts;
import se.regionkarta.access.model.Grant;
import se.regionkarta.access.model.Role;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.history.AuditEntry;
import se.regionkarta.history.Change;
import se.regionkarta.json.Json;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.store.StoreConfig;
import se.regionkarta.web.TestServer;

/**
 * Issue 13, item 3, concurrency: many editors over real HTTP, each doing read-modify-write cycles
 * with If-Match on one fact they all share and on one fact of their own, retrying on 412, while
 * readers keep reading the shared fact. A write sets the name and the English name of a unit to
 * the same counter in one merge patch, so that a reader that sees them differ has seen half a
 * change. Afterwards: every counter equals the number of 2xx answers for its fact (no lost update),
 * the audit holds exactly those writes, and the change log has no gap.
 */
abstract class ConcurrentEditorsContract {

    /** Writers (threads), and the successful writes each makes to the shared fact and to its own. */
    static final int WRITERS = 16;
    static final int CYCLES = Figures.scaled(3);
    static final int READERS = 2;
    static final String SHARED = "kalmar.hc.stenso";
    static final String PATCH = "application/merge-patch+json";
    private static final Pattern COUNTER = Pattern.compile(" #(\\d+)$");

    static TestServer server;

    static void start(StoreConfig config) {
        server = TestServer.startOn(config, TestServer.CLOCK, null);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    abstract String storeName();

    /** What one writer saw. */
    private record Tally(int ok, int stale, List<String> other) {
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    @DisplayName("16 editors writing one shared fact and one each, with If-Match and retries: no lost update, "
            + "the audit holds exactly the 2xx writes, the log has no gap, readers never see half a write")
    void editorsRace() throws Exception {
        Accounts accounts = Accounts.in(server.store().jdbi(), TestServer.CLOCK);
        List<String> own = TestServer.BUNDLED.all(Unit.class).stream().map(Unit::id)
                .filter(id -> id.startsWith("kalmar.hc.") && !id.equals(SHARED)).sorted().limit(WRITERS).toList();
        assertThat(own).hasSize(WRITERS);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            var account = accounts.add("skribent-" + i, new Grant(Set.of(Role.EDITOR), Set.of("kalmar")),
                    "ett tillräckligt långt lösenord").orElseThrow();
            tokens.add(accounts.createToken(account).token());
        }
        long logBefore = server.store().generation();
        int sharedStart = counter(read(SHARED).body());
        Map<String, Integer> ownStart = new LinkedHashMap<>();
        own.forEach(id -> ownStart.put(id, counter(read(id).body())));

        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicLong reads = new AtomicLong();
        List<String> torn = new CopyOnWriteArrayList<>();
        Map<String, AtomicInteger> okByFact = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
        List<Future<Tally>> writers = new ArrayList<>();
        List<Future<?>> readers = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (int r = 0; r < READERS; r++) {
                readers.add(pool.submit(() -> {
                    while (writing.get()) {
                        HttpResponse<String> a = read(SHARED);
                        reads.incrementAndGet();
                        JsonNode unit = json(a.body());
                        if (counterOf(unit.path("name").asText()) != counterOf(unit.path("nameEn").asText())) {
                            torn.add(unit.path("name").asText() + " / " + unit.path("nameEn").asText());
                        }
                    }
                    return null;
                }));
            }
            for (int w = 0; w < WRITERS; w++) {
                String token = tokens.get(w);
                String mine = own.get(w);
                writers.add(pool.submit(() -> {
                    int ok = 0;
                    int stale = 0;
                    List<String> other = new ArrayList<>();
                    for (int c = 0; c < CYCLES; c++) {
                        for (String fact : List.of(SHARED, mine)) {
                            while (true) {
                                HttpResponse<String> got = read(fact);
                                int n = counter(got.body());
                                HttpResponse<String> put = increment(fact, got, n + 1, token);
                                if (put.statusCode() == 200) {
                                    ok++;
                                    okByFact.computeIfAbsent(fact, f -> new AtomicInteger()).incrementAndGet();
                                    break;
                                } else if (put.statusCode() == 412) {
                                    stale++;
                                } else {
                                    other.add(put.statusCode() + " " + put.body());
                                    break;
                                }
                            }
                        }
                    }
                    return new Tally(ok, stale, other);
                }));
            }
            List<Tally> tallies = new ArrayList<>();
            for (Future<Tally> f : writers) {
                tallies.add(f.get(8, TimeUnit.MINUTES));
            }
            writing.set(false);
            for (Future<?> f : readers) {
                f.get(1, TimeUnit.MINUTES);
            }
            long millis = (System.nanoTime() - started) / 1_000_000;

            int ok = tallies.stream().mapToInt(Tally::ok).sum();
            int stale = tallies.stream().mapToInt(Tally::stale).sum();
            List<String> other = tallies.stream().flatMap(t -> t.other().stream()).toList();
            assertThat(other).as("answers other than 200 and 412").isEmpty();
            assertThat(ok).isEqualTo(WRITERS * CYCLES * 2);

            // no lost update: each counter moved by exactly the writes answered 2xx for its fact
            int shared = okByFact.get(SHARED).get();
            assertThat(counter(read(SHARED).body())).as("served %s; stored %s; live generation vs store %s", read(SHARED).headers().map(),
                    storedName(SHARED), server.store().generation()).isEqualTo(sharedStart + shared);
            int lost = Math.abs(counter(read(SHARED).body()) - sharedStart - shared);
            for (String id : own) {
                int mineOk = okByFact.get(id).get();
                assertThat(counter(read(id).body())).as(id).isEqualTo(ownStart.get(id) + mineOk);
                lost += Math.abs(counter(read(id).body()) - ownStart.get(id) - mineOk);
            }

            // the audit holds exactly the successful writes, each with its counter once
            List<AuditEntry> audit = edits(SHARED);
            assertThat(audit).hasSize(shared);
            assertThat(audit.stream().map(e -> counterOf(json(e.after()).path("name").asText())).distinct().count())
                    .isEqualTo(shared);
            int audited = audit.size();
            for (String id : own) {
                List<AuditEntry> mine = edits(id);
                assertThat(mine).as(id).hasSize(okByFact.get(id).get());
                audited += mine.size();
            }
            assertThat(audited).isEqualTo(ok);

            // the change log: one change per write, numbered without a gap
            List<Change> log = server.store().changes(null, logBefore, 100_000);
            assertThat(log).hasSize(ok);
            for (int i = 0; i < log.size(); i++) {
                assertThat(log.get(i).seq()).isEqualTo(logBefore + 1 + i);
            }

            assertThat(torn).as("a reader saw half a write").isEmpty();
            assertThat(reads.get()).isPositive();

            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("store", storeName());
            figures.put("writers", WRITERS);
            figures.put("readers", READERS);
            figures.put("writes2xx", ok);
            figures.put("refused412", stale);
            figures.put("otherAnswers", other.size());
            figures.put("lostUpdates", lost);
            figures.put("auditEntries", audited);
            figures.put("reads", reads.get());
            figures.put("tornReads", torn.size());
            figures.put("millis", millis);
            Figures.record("concurrency-" + storeName(), figures);
        } finally {
            writing.set(false);
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    /** The audit of a fact: the writers' changes (not the first load's). */
    private static List<AuditEntry> edits(String id) {
        return server.store().audit(FactKind.UNIT, id, 100_000).stream()
                .filter(e -> e.change().actor() != null && e.change().actor().startsWith("skribent-")).toList();
    }

    private static String storedName(String id) {
        return server.store().read().all(Unit.class).stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow().name();
    }

    private static HttpResponse<String> read(String id) {
        HttpResponse<String> r = server.get("/api/v1/units/" + id);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r;
    }

    private static HttpResponse<String> increment(String id, HttpResponse<String> got, int n, String token) {
        JsonNode unit = json(got.body());
        ObjectNode patch = Json.mapper().createObjectNode();
        patch.put("name", COUNTER.matcher(unit.path("name").asText()).replaceAll("") + " #" + n);
        String en = unit.path("nameEn").isTextual() ? unit.path("nameEn").asText() : unit.path("name").asText();
        patch.put("nameEn", COUNTER.matcher(en).replaceAll("") + " #" + n);
        patch.put("_source", "kalmar-deck");
        return server.send("PATCH", "/api/v1/units/" + id, patch.toString(), "Content-Type", PATCH,
                "Authorization", "Bearer " + token, "If-Match", got.headers().firstValue("ETag").orElseThrow());
    }

    /** The counter a unit's name carries ({@code … #n}), 0 when none. */
    private static int counter(String body) {
        return counterOf(json(body).path("name").asText());
    }

    private static int counterOf(String name) {
        Matcher m = COUNTER.matcher(name);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
