package se.regionkarta.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.regionkarta.App;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.registry.model.Unit;

/**
 * Read commands answer from the snapshot file beside the embedded store when it is fresh, and from
 * the store when it is missing, damaged or outdated (issue 11, item 6).
 */
class SnapshotFileCommandLineTest {

    static final String FORGED = "Förvaltningen som bara filen känner";

    @TempDir
    Path home;

    @TempDir
    Path logs;

    ChildJvm jvm;

    @BeforeEach
    void fill() {
        jvm = new ChildJvm(logs);
        assertThat(run("load").exitCode()).isZero();
    }

    @AfterEach
    void stop() {
        jvm.close();
    }

    @Test
    @DisplayName("load leaves a snapshot file that holds exactly what the store holds")
    void loadWritesTheFile() {
        try (Store store = Store.open(StoreConfig.embedded(home), java.time.Clock.systemUTC())) {
            StoreContents kept = SnapshotFile.in(home).read().orElseThrow();

            assertThat(kept.dataset()).isEqualTo(store.read());
            assertThat(kept.recorded()).isEqualTo(store.latestByFact());
            assertThat(kept.generation()).isEqualTo(store.generation());
        }
    }

    @Test
    @DisplayName("a fresh file is trusted: tree and show answer from it, not from the store")
    void freshFileIsUsed() throws IOException {
        forge();

        assertThat(run("tree", "kalmar", "--depth", "1").out()).contains(FORGED);
        assertThat(run("show", "kalmar.hsf").out()).contains(FORGED, "recorded");
    }

    @Test
    @DisplayName("a damaged file is ignored: the command answers from the store and writes the file anew")
    void damagedFileIsIgnored() throws IOException {
        forge();
        Path file = home.resolve(SnapshotFile.NAME);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(file, bytes);

        Run tree = run("tree", "kalmar", "--depth", "1");

        assertThat(tree.exitCode()).isZero();
        assertThat(tree.out()).contains("Hälso- och sjukvårdsförvaltningen").doesNotContain(FORGED);
        assertThat(tree.err()).isEmpty();
        assertThat(SnapshotFile.in(home).read()).hasValueSatisfying(c -> assertThat(unitName(c.dataset()))
                .isEqualTo("Hälso- och sjukvårdsförvaltningen"));
    }

    @Test
    @DisplayName("a missing file is written by the first command that reads the store")
    void missingFileIsWritten() throws IOException {
        Files.delete(home.resolve(SnapshotFile.NAME));

        assertThat(run("figures", "kalmar.hsf").exitCode()).isZero();

        assertThat(home.resolve(SnapshotFile.NAME)).exists();
    }

    @Test
    @DisplayName("a load in another process replaces the file: the next command sees what was loaded")
    void loadElsewhereReplacesTheFile(@TempDir Path data) throws IOException {
        forge();
        Path changed = SharedStoreTest.renamedCopy(data, "Förvaltningen som lästes in");

        ChildJvm.Run load = jvm.run("load", changed.toString(), "--home", home.toString());

        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(load.out()).contains("1 changed");
        assertThat(run("tree", "kalmar", "--depth", "1").out()).contains("Förvaltningen som lästes in").doesNotContain(FORGED);
    }

    @Test
    @DisplayName("with a fresh file, tree starts neither the database nor the JSON mapping nor the search index")
    void fastPathLoadsNoHeavyLibrary() throws IOException {
        Path classes = logs.resolve("classes.txt");
        ChildJvm traced = new ChildJvm(logs, "-Xlog:class+load:file=" + classes);
        try {
            ChildJvm.Run tree = traced.run("tree", "kalmar.hsf", "--depth", "1", "--home", home.toString());

            assertThat(tree.exitCode()).as(tree.err()).isZero();
            assertThat(tree.out()).contains("Länssjukhuset i Kalmar");
        } finally {
            traced.close();
        }
        String loaded = Files.readString(classes);
        assertThat(loaded).contains("se.regionkarta.store.SnapshotFile")
                .doesNotContain("org.h2.", "org.flywaydb.", "com.zaxxer.hikari.", "org.jdbi.",
                        "com.fasterxml.jackson.databind.", "org.apache.lucene.");
    }

    /** Writes a snapshot file that differs from the store in one unit's name, as a fresh file would. */
    private void forge() throws IOException {
        SnapshotFile file = SnapshotFile.in(home);
        StoreContents real = file.read().orElseThrow();
        Dataset forged = real.dataset().with(Unit.class, real.dataset().all(Unit.class).stream()
                .map(u -> u.id().equals("kalmar.hsf") ? u.withName(FORGED) : u).toList());
        file.write(new StoreContents(real.generation(), forged, real.recorded()));
    }

    private static String unitName(Dataset d) {
        return d.all(Unit.class).stream().filter(u -> u.id().equals("kalmar.hsf")).findFirst().orElseThrow().name();
    }

    record Run(int exitCode, String out, String err) {
    }

    /** Runs the command line in this JVM against the test's home directory. */
    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = App.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--home", home.toString()));
        int code = cli.execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }
}
