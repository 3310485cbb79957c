package se.regionkarta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.regionkarta.store.StoreConfig;

/**
 * Issue 11, item 7: every ordinary mistake on the command line is a sentence and an exit code, never
 * a stack trace or a Java class name; files are written as the person's other files are.
 */
class OrdinaryMistakesTest {

    @TempDir
    Path dir;

    private Cli.Run run(String... args) {
        return new Cli(dir.resolve("home")).run(args);
    }

    /** Runs a command that reads no store, so takes no --home. */
    private static Cli.Run runWithoutStore(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cli = se.regionkarta.App.commandLine();
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        int code = cli.execute(args);
        return new Cli.Run(code, out.toString(), err.toString());
    }

    private static void assertPlain(Cli.Run run) {
        assertThat(run.err()).doesNotContain("Exception", "\tat ", "java.", "se.regionkarta.");
    }

    @Test
    @DisplayName("export --out into a folder that does not exist says so, names the option, and exits 2")
    void outputFolderMissing() {
        Path out = dir.resolve("no-such-folder").resolve("export.json");

        Cli.Run run = run("export", "--data", "data", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--out", "the folder", "no-such-folder", "does not exist");
        assertPlain(run);
        assertThat(out.getParent()).doesNotExist();
    }

    @Test
    @DisplayName("export --out naming a folder asks for a file name, exit 2")
    void outputIsAFolder() {
        Cli.Run run = run("export", "--data", "data", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--out", "is a folder");
        assertPlain(run);
    }

    @Test
    @DisplayName("an exported file gets the permissions the person's other new files get, not owner-only ones")
    void ordinaryPermissions() throws IOException {
        Path out = dir.resolve("export.csv");
        Path neighbour = Files.createFile(dir.resolve("neighbour.txt"));

        Cli.Run run = run("export", "--data", "data", "--format", "csv", "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(neighbour);
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(expected);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".part-"));
    }

    @Test
    @DisplayName("generate-population --out naming a file, not a folder, is refused with exit 2")
    void populationIntoAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");

        Cli.Run run = runWithoutStore("generate-population", "--residents", "10", "--changes", "1", "--year", "2025",
                "--seed", "1", "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--out", "is a file, not a folder");
        assertPlain(run);
    }

    @Test
    @DisplayName("serve on a port another program holds names the port, suggests --port, and exits 2")
    void busyPort() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
            int port = taken.getLocalPort();

            Cli.Run run = run("serve", "--data", "data", "--port", String.valueOf(port));

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("port " + port + " is in use", "--port");
            assertPlain(run);
        }
    }

    @Test
    @DisplayName("a port that no port can be is refused before anything starts")
    void impossiblePort() {
        Cli.Run run = run("serve", "--data", "data", "--port", "99999");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--port", "65535", "99999");
        assertPlain(run);
    }

    @Test
    @DisplayName("a database URL of a kind the registry does not speak is refused, its password masked, exit 2")
    void unsupportedDatabase() {
        Cli.Run run = run("tree", "kalmar", "--db", "jdbc:mysql://db.example/registry?password=hemligt");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--db", "PostgreSQL", "jdbc:mysql://db.example/registry").doesNotContain("hemligt");
        assertPlain(run);
    }

    @Test
    @DisplayName("a --home that is a file, or lies under one, is a sentence and exit 2, never a database stack trace")
    void homeThatCannotBe() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");

        Cli.Run isAFile = run("tree", "kalmar", "--home", file.toString());
        Cli.Run underAFile = run("tree", "kalmar", "--home", file.resolve("store").toString());

        assertThat(isAFile.exitCode()).isEqualTo(2);
        assertThat(isAFile.err()).contains("--home", "is a file");
        assertPlain(isAFile);
        assertThat(underAFile.exitCode()).isEqualTo(2);
        assertThat(underAFile.err()).contains("--home", "cannot make the folder");
        assertPlain(underAFile);
    }

    @Test
    @DisplayName("a store whose schema a newer version made is refused with that said, exit 4")
    void storeOfANewerVersion() throws Exception {
        Path home = dir.resolve("newer");
        assertThat(run("tree", "kalmar", "--depth", "0", "--home", home.toString()).exitCode()).isZero();
        Files.deleteIfExists(home.resolve("regionkarta.snapshot")); // the next command must open the database
        try (Connection c = DriverManager.getConnection(StoreConfig.embedded(home).jdbcUrl(), "sa", "");
                Statement st = c.createStatement()) {
            st.executeUpdate("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "values (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'sa', 1, true)");
        }

        Cli.Run run = run("tree", "kalmar", "--home", home.toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("newer version of regionkarta", "version 99");
        assertPlain(run);
    }

    @Test
    @DisplayName("a unit's name is found without its accents, and as a terminal without UTF-8 passes it")
    void namesWithoutAccents() {
        String asTyped = "Halso- och sjukvardsforvaltningen";
        // Java reads the arguments in the locale's encoding: in the C locale each of ä, å and ö (two bytes
        // in UTF-8) arrives as two replacement characters
        String asDecodedInTheCLocale = "H\uFFFD\uFFFDlso- och sjukv\uFFFD\uFFFDrdsf\uFFFD\uFFFDrvaltningen";

        Cli.Run plain = run("tree", asTyped, "--data", "data", "--depth", "0");
        Cli.Run mangled = run("tree", asDecodedInTheCLocale, "--data", "data", "--depth", "0");

        assertThat(plain.exitCode()).isZero();
        assertThat(plain.out()).contains("[kalmar.hsf]");
        assertThat(mangled.exitCode()).isZero();
        assertThat(mangled.out()).contains("[kalmar.hsf]");
    }
}
