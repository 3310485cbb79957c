package se.regionkarta.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.regionkarta.App;

/**
 * {@code validate} on a data directory with ordinary mistakes, run through the real command line
 * in-process (issue 11, item 7): one line per problem, {@code FILE:LINE: message}, exit 1, and never
 * a stack trace, a Java class name, or a word about loading.
 */
class ValidateCommandLineTest {

    @TempDir
    Path data;

    @Test
    @DisplayName("an empty directory is said to hold no data files, plainly, with exit 1")
    void emptyDirectory() {
        Run run = validate();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("regionkarta: " + data + " holds no data files (*.yaml, *.yml, *.csv);"
                + " there is nothing to check\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    @DisplayName("a directory with other files only is said to hold no data files")
    void noDataFiles() throws IOException {
        Files.writeString(data.resolve("README.txt"), "nothing here\n");

        Run run = validate();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("holds no data files").doesNotContain("0 problem");
        run.assertPlain();
    }

    @Test
    @DisplayName("a file that is not UTF-8 is named with its line, the other files are still checked, exit 1")
    void notUtf8() throws IOException {
        writeGood();
        Files.write(data.resolve("units.yaml"), DataFixture.UNITS.getBytes(Charset.forName("ISO-8859-1")));
        String bodies = DataFixture.BODIES.replace("kind: assembly", "kind: assemblee");
        write("bodies.yaml", bodies);

        Run run = validate();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).hasSize(3).first().asString().startsWith(
                "bodies.yaml:" + DataFixture.lineOf(bodies, "assemblee") + ": /bodies/0/kind: does not have a value in the");
        assertThat(run.err().lines().skip(1)).containsExactly(
                "units.yaml:" + DataFixture.lineOf(DataFixture.UNITS, "Region Kalmar län") + ": not UTF-8: the byte 0xE4"
                        + " at column 26 (byte 48 of the file) cannot be read as UTF-8, as in a file saved as Latin-1"
                        + " or Windows-1252; save it as UTF-8",
                data + " is not valid: 2 problems in 5 files");
        run.assertPlain();
    }

    @Test
    @DisplayName("a byte-order mark written by a spreadsheet program is accepted")
    void byteOrderMark() throws IOException {
        writeGood();
        byte[] figures = DataFixture.FIGURES.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[figures.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(figures, 0, withBom, 3, figures.length);
        Files.write(data.resolve("figures.csv"), withBom);

        Run run = validate();

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(data + " is valid: 5 files, 16 facts\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    @DisplayName("numbers out of range are named with their field and line, not with Java's message")
    void numbersOutOfRange() throws IOException {
        writeGood();
        String bodies = DataFixture.BODIES.replace("members: 5", "members: 99999999999999999999");
        write("bodies.yaml", bodies);
        write("figures.csv", DataFixture.FIGURES + "kalmar.hsf,employees,1e999999999,year:2024,,src-a\n");
        write("seats.csv", "body,term,party,seats,sources\nkalmar.rf,2022-2026,KD,99999999999999999999,src-a\n");

        Run run = validate();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly(
                "bodies.yaml:" + DataFixture.lineOf(bodies, "members:")
                        + ": bodies: 'members' must be a whole number below a billion, got '99999999999999999999'",
                "figures.csv:5: figures: 'value' is out of range: a figure has at most 15 digits (such as 654000 or 4.5),"
                        + " got '1e999999999'",
                "seats.csv:2: seats: 'seats' must be a whole number below a billion, got '99999999999999999999'",
                data + " is not valid: 3 problems in 6 files");
        run.assertPlain();
    }

    @Test
    @DisplayName("every problem in one run: a schema error and a problem across files together, each at its field's line")
    void everyProblemInOneRun() throws IOException {
        writeGood();
        write("extra.yaml", """
                units:
                  - id: kalmar.lab
                    name: Laboratoriemedicin
                    kind: service
                    parent: kalmar
                    colour: blue
                    sources: [src-a]
                  - id: kalmar.rtg
                    name: Röntgen
                    kind: service
                    parent: kalmar.nowhere
                    sources: [src-a]
                """);
        write("figures.csv", DataFixture.FIGURES + "kalmar.lab,employees,40,stock,,src-a\n");

        Run run = validate();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly(
                "extra.yaml:2: /units/0: property 'colour' is not defined in the schema and the schema does not allow"
                        + " additional properties",
                "extra.yaml:11: parent 'kalmar.nowhere' of 'kalmar.rtg' does not exist among the units",
                data + " is not valid: 2 problems in 6 files");
        run.assertPlain();
    }

    @Test
    @DisplayName("validate only checks: it never says that it loaded, or that nothing was loaded")
    void neverSaysLoaded() throws IOException {
        writeGood();
        write("extra.yaml", "units:\n  - {id: x, name: X, kind: service, sources: [nowhere]}\n");

        Run bad = validate();
        Run good = run("validate");

        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("extra.yaml:2: source 'nowhere' of 'x' does not exist");
        assertThat(good.exitCode()).isZero();
        for (Run run : new Run[] {bad, good}) {
            assertThat(run.out() + run.err()).doesNotContainIgnoringCase("load").doesNotContain("rejected");
        }
    }

    private Run validate() {
        return run("validate", data.toString());
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = App.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private void writeGood() throws IOException {
        for (Map.Entry<String, String> file : DataFixture.good().entrySet()) {
            write(file.getKey(), file.getValue());
        }
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(data.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** What one run of the command line printed and how it ended. */
    private record Run(int exitCode, String out, String err) {

        /** Asserts that standard error holds messages for a person: no stack trace, no Java class name. */
        void assertPlain() {
            assertThat(err).doesNotContain("Exception", "java.", "\tat ", "se.regionkarta", "internal error");
        }
    }
}
