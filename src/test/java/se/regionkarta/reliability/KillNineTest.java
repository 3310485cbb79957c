package se.regionkarta.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import se.regionkarta.SectionReaders;
import se.regionkarta.access.Accounts;
import se.regionkarta.access.SharedPostgres;
import se.regionkarta.access.model.Grant;
import se.regionkarta.access.model.Role;
import se.regionkarta.dataset.LoadResult;
import se.regionkarta.json.Json;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.store.Store;
import se.regionkarta.store.StoreConfig;
import se.regionkarta.web.TestServer;

/**
 * Issue 13, item 3, crash safety: a {@code serve} process taking writes over HTTP and a
 * {@code load} process, each killed with SIGKILL ({@link Process#destroyForcibly()} on Linux) at a
 * random moment, again and again, on the embedded H2 store and on PostgreSQL. After every kill the
 * store opens in this JVM and: its change log has no gap; every write the client saw acknowledged
 * is there; a write (a unit's name and English name set together, or a load renaming forty units)
 * is there whole or not at all.
 */
class KillNineTest {

    /** Kills of each kind (serve, load) per store; twice as many kills per store in all. */
    static final int KILLS_OF_EACH = Figures.scaled(5);
    static final List<String> WRITTEN = List.of("halland.adh", "halland.hallands-sjukhus", "halland.narsjukvarden",
            "halland.psykiatrin");
    private static final Pattern COUNTER = Pattern.compile(" #(\\d+)$");
    private static final Pattern LOAD_MARK = Pattern.compile(" \\[L(\\d+)]$");
    private static final Pattern SERVING = Pattern.compile("serving on http://localhost:(\\d+)/");
    private static final java.time.Clock CLOCK = TestServer.CLOCK;

    @TempDir
    Path dir;

    private final Random random = new Random(Long.getLong("reliability.seed", System.nanoTime()));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    @DisplayName("H2: serve and load killed with kill -9 at random moments; the store opens, no gap, nothing half")
    void embedded() throws Exception {
        Path home = dir.resolve("home");
        run("h2", StoreConfig.embedded(home), List.of("--home", home.toString()));
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    @DisplayName("PostgreSQL: serve and load killed with kill -9 at random moments; the store opens, no gap, nothing half")
    void postgres() throws Exception {
        StoreConfig config = SharedPostgres.freshDatabase();
        String url = config.jdbcUrl() + (config.jdbcUrl().contains("?") ? "&" : "?") + "user=" + config.user()
                + "&password=" + config.password();
        run("postgresql", config, List.of("--db", url));
    }

    private void run(String name, StoreConfig config, List<String> storeOptions) throws Exception {
        String token;
        try (Store store = Store.open(config, CLOCK, SectionReaders.loader())) {
            store.sync(TestServer.BUNDLED, "regionkarta", "bundled data set");
            Accounts accounts = Accounts.in(store.jdbi(), CLOCK);
            var account = accounts.add("halland-skribent", new Grant(Set.of(Role.EDITOR), Set.of("halland")),
                    "ett tillräckligt långt lösenord").orElseThrow();
            token = accounts.createToken(account).token();
        }
        int serveKills = 0;
        int loadKills = 0;
        int loadsEndedFirst = 0;
        int acknowledged = 0;
        int loadedWhole = 0;
        long loadMillis = 0;
        int committedMark = 0;
        for (int round = 1; round <= KILLS_OF_EACH; round++) {
            // serve: writes over HTTP until it is killed
            Child serve = Child.start(dir, Stream.concat(Stream.of("serve", "--port", "0"), storeOptions.stream()).toList());
            int port = serve.port();
            Map<String, int[]> seen = new ConcurrentHashMap<>(); // id → {counter first read, last acknowledged}
            AtomicBoolean go = new AtomicBoolean(true);
            AtomicInteger acks = new AtomicInteger();
            List<CompletableFuture<Void>> writers = new ArrayList<>();
            for (String id : WRITTEN) {
                writers.add(CompletableFuture.runAsync(() -> write(port, id, token, go, seen, acks)));
            }
            Thread.sleep(500 + random.nextInt(2500));
            assertThat(serve.process.isAlive()).as(serve.printed()).isTrue();
            serve.kill();
            serveKills++;
            go.set(false);
            CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(1, TimeUnit.MINUTES);
            acknowledged += acks.get();
            try (Store store = Store.open(config, CLOCK)) {
                assertNoGap(store);
                Map<String, Unit> units = units(store);
                for (String id : WRITTEN) {
                    Unit u = units.get(id);
                    assertThat(counter(u.name())).as("%s written whole: %s / %s", id, u.name(), u.nameEn())
                            .isEqualTo(counter(u.nameEn()));
                    int[] s = seen.get(id);
                    if (s != null) {
                        // acknowledged is there; at most one write more (committed, its answer lost in the kill)
                        assertThat(counter(u.name())).as("%s after %s acknowledged", id, s[1]).isBetween(s[1], s[1] + 1);
                    }
                }
            }

            // load: a data directory renaming forty units, killed at a random moment of its run
            Path data = markedCopy(round);
            Child load = Child.start(dir, Stream.concat(Stream.of("load", data.toString()), storeOptions.stream()).toList());
            boolean killed;
            if (loadMillis == 0) {
                long started = System.nanoTime();
                assertThat(load.process.waitFor(3, TimeUnit.MINUTES)).isTrue();
                loadMillis = (System.nanoTime() - started) / 1_000_000;
                killed = false;
            } else {
                killed = !load.process.waitFor((long) (loadMillis * (0.2 + random.nextDouble() * 0.8)), TimeUnit.MILLISECONDS);
                if (killed) {
                    load.kill();
                    loadKills++;
                } else {
                    loadsEndedFirst++;
                }
            }
            boolean acknowledgedLoad = load.printed().contains("loaded ");
            try (Store store = Store.open(config, CLOCK)) {
                assertNoGap(store);
                Set<Integer> marks = new TreeSet<>();
                units(store).values().stream().filter(u -> u.id().startsWith("kalmar.hc.")).forEach(u -> marks.add(mark(u.name())));
                assertThat(marks).as("the load is there whole or not at all (round %s, killed %s)", round, killed).hasSize(1);
                int mark = marks.iterator().next();
                if (acknowledgedLoad) {
                    assertThat(mark).as("a load that said it loaded").isEqualTo(round);
                }
                assertThat(mark).isIn(committedMark, round);
                if (mark == round) {
                    loadedWhole++;
                }
                committedMark = mark;
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("store", name);
        figures.put("serveKills", serveKills);
        figures.put("loadKills", loadKills);
        figures.put("killsSurvived", serveKills + loadKills);
        figures.put("loadsEndedBeforeTheirKill", loadsEndedFirst);
        figures.put("writesAcknowledged", acknowledged);
        figures.put("loadsFoundWhole", loadedWhole);
        figures.put("loadMillisUnkilled", loadMillis);
        Figures.record("kill9-" + name, figures);
        assertThat(serveKills + loadKills).isGreaterThanOrEqualTo(KILLS_OF_EACH);
    }

    /** Writes one unit over and over (name and English name to the same counter) until told to stop or the server is gone. */
    private void write(int port, String id, String token, AtomicBoolean go, Map<String, int[]> seen, AtomicInteger acks) {
        String path = "/api/v1/units/" + id;
        while (go.get()) {
            try {
                HttpResponse<String> got = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                JsonNode unit = Json.mapper().readTree(got.body());
                int n = counter(unit.path("name").asText());
                seen.putIfAbsent(id, new int[] {n, n});
                ObjectNode patch = Json.mapper().createObjectNode();
                String base = COUNTER.matcher(unit.path("name").asText()).replaceAll("");
                patch.put("name", base + " #" + (n + 1));
                patch.put("nameEn", base + " (en) #" + (n + 1));
                patch.put("_source", "kalmar-deck");
                HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(Duration.ofSeconds(5)).method("PATCH", HttpRequest.BodyPublishers.ofString(patch.toString()))
                        .header("Content-Type", "application/merge-patch+json").header("Authorization", "Bearer " + token)
                        .header("If-Match", got.headers().firstValue("ETag").orElseThrow()).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (put.statusCode() == 200) {
                    seen.get(id)[1] = n + 1;
                    acks.incrementAndGet();
                } else {
                    throw new AssertionError("PATCH " + path + " answered " + put.statusCode() + ": " + put.body());
                }
            } catch (IOException e) {
                return; // the server is gone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void assertNoGap(Store store) {
        assertThat(store.changeCount()).as("changes logged = the last change's number: no gap").isEqualTo(store.generation());
    }

    private static Map<String, Unit> units(Store store) {
        Map<String, Unit> out = new LinkedHashMap<>();
        store.read().all(Unit.class).forEach(u -> out.put(u.id(), u));
        return out;
    }

    private static int counter(String name) {
        Matcher m = COUNTER.matcher(name == null ? "" : name);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static int mark(String name) {
        Matcher m = LOAD_MARK.matcher(name);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The bundled data directory with every care-choice unit of Kalmar renamed "… [L round]". */
    private Path markedCopy(int round) throws IOException {
        Path copy = dir.resolve("data-" + round);
        DataDirs.copy(DataDirs.bundled(), copy);
        Path file = copy.resolve("regions/kalmar/care-choice-providers.yaml");
        String text = Files.readString(file).replaceAll("(?m)^(    name: \")(.*)(\")$", "$1$2 [L" + round + "]$3");
        Files.writeString(file, text);
        if (round == 1) {
            LoadResult check = SectionReaders.loader().load(copy);
            assertThat(check.problems()).isEmpty();
            assertThat(check.dataset().all(Unit.class).stream().filter(u -> mark(u.name()) == 1).count()).isGreaterThan(30);
        }
        return copy;
    }

    /** A regionkarta process started from the test's class path, its output gathered. */
    private static final class Child {
        final Process process;
        final List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();

        private Child(Process process) {
            this.process = process;
        }

        static Child start(Path dir, List<String> args) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m",
                    "-cp", System.getProperty("java.class.path"), "se.regionkarta.App"));
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(dir.toFile());
            Stream.of("REGIONKARTA_DB", "REGIONKARTA_DB_USER", "REGIONKARTA_DB_PASSWORD", "REGIONKARTA_HOME", "XDG_DATA_HOME")
                    .forEach(builder.environment()::remove);
            Child child = new Child(builder.start());
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        child.lines.add(line);
                    }
                } catch (IOException e) {
                    // killed
                }
            }, "kill9-child-output");
            reader.setDaemon(true);
            reader.start();
            return child;
        }

        int port() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (System.nanoTime() < deadline) {
                for (String line : lines) {
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) {
                        return Integer.parseInt(m.group(1));
                    }
                }
                if (!process.isAlive()) {
                    throw new AssertionError("serve ended: " + printed());
                }
                Thread.sleep(50);
            }
            kill();
            throw new AssertionError("serve did not start: " + printed());
        }

        /** SIGKILL, and waits until the process is gone. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                throw new AssertionError("the process outlived kill -9");
            }
        }

        String printed() {
            return String.join("\n", lines);
        }
    }
}
