package se.regionkarta.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line beside a running server on the same embedded store, each in a JVM of its own as
 * on a person's machine (issue 11, item 5: "The file is locked" before).
 */
class SharedStoreTest {

    static final String RENAMED = "Hälso- och sjukvården i Kalmar län (ny)";

    @TempDir
    Path home;

    @TempDir
    Path logs;

    @TempDir
    Path data;

    ChildJvm jvm;

    @BeforeEach
    void start() {
        jvm = new ChildJvm(logs);
    }

    @AfterEach
    void stop() {
        jvm.close();
    }

    @Test
    @DisplayName("tree, show and load work while serve runs on the store, and the server serves the load without a restart")
    void commandsBesideTheServer() throws IOException {
        ChildJvm.Server server = jvm.serve("--home", home.toString());
        int port = jvm.port(server);
        // without the snapshot file, tree must open the database that the server holds open
        Files.deleteIfExists(home.resolve(SnapshotFile.NAME));

        ChildJvm.Run tree = jvm.run("tree", "kalmar.hsf", "--depth", "1", "--home", home.toString());
        ChildJvm.Run show = jvm.run("show", "kalmar.hsf", "--home", home.toString());
        ChildJvm.Run load = jvm.run("load", renamedCopy(data, RENAMED).toString(), "--home", home.toString());

        assertThat(tree.exitCode()).as(tree.err()).isZero();
        assertThat(tree.out()).contains("Hälso- och sjukvårdsförvaltningen", "├─ Länssjukhuset i Kalmar");
        assertThat(tree.err()).doesNotContain("locked", "Exception");
        assertThat(home.resolve(SnapshotFile.NAME)).exists();
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("kalmar.hsf", "recorded");
        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(load.out()).contains("0 added, 1 changed, 0 closed, 0 withdrawn");
        String unit = jvm.pollUntil(port, "/api/v1/units/kalmar.hsf", body -> body.contains(RENAMED), Duration.ofSeconds(20));
        assertThat(unit).contains(RENAMED);
        assertThat(jvm.awaitPrinted(server, l -> l.contains("the store changed"), Duration.ofSeconds(5)))
                .contains("now serving it");
        assertThat(jvm.run("tree", "kalmar.hsf", "--depth", "0", "--home", home.toString()).out()).contains(RENAMED);
        assertThat(server.alive()).isTrue();
    }

    /**
     * Copies the bundled data directory and renames the health-care administration of Region
     * Kalmar län in the copy: a data set that differs from the bundled one in one fact.
     */
    static Path renamedCopy(Path target, String name) throws IOException {
        Path source = Path.of("data").toAbsolutePath();
        try (Stream<Path> files = Files.walk(source)) {
            files.forEach(from -> {
                Path to = target.resolve(source.relativize(from).toString());
                try {
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        Path units = target.resolve("regions/kalmar/units.yaml");
        String yaml = Files.readString(units);
        String before = "      - id: kalmar.hsf\n        name: Hälso- och sjukvårdsförvaltningen\n";
        assertThat(yaml).contains(before);
        Files.writeString(units, yaml.replace(before, "      - id: kalmar.hsf\n        name: " + name + "\n"));
        return target;
    }
}
