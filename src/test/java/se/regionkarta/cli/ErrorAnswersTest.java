package se.regionkarta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.regionkarta.App;

/**
 * Issue 11, item 4, on the command line: refused input is exit 2 with one {@code FILE:LINE: message}
 * line a problem and nothing else; an unexpected exception is exit 70 with an id, whose stack trace
 * goes to a log file and never to standard error.
 */
class ErrorAnswersTest {

    private static final Pattern INTERNAL = Pattern.compile("regionkarta: internal error ([0-9a-f]{8}); details in (.+)\n");

    @TempDir
    Path dir;

    /** A command that fails as a bug would; added only here, never to the real command line. */
    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {

        @Option(names = "--home")
        Path home;

        @Override
        public Integer call() {
            throw new IllegalArgumentException("a fault of the program, not of its input");
        }
    }

    private record Run(int exitCode, String out, String err) {
    }

    /** Returns the real command line with the failing command added, answered by the command line's own handler. */
    private static CommandLine withFailing() {
        CommandLine cli = App.commandLine();
        cli.addSubcommand(new Failing());
        // picocli gives a handler to the subcommands there are when it is set: give App's own to the one added
        cli.setExecutionExceptionHandler(cli.getExecutionExceptionHandler());
        return cli;
    }

    private static Run run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    @DisplayName("a bad input file is exit 2 with one FILE:LINE: message line a problem, no stack trace and no class name")
    void badInput() throws IOException {
        Path votes = Files.writeString(dir.resolve("votes.csv"),
                "valkrets,rostberattigade,fasta_mandat,party,votes\nK,1,,S,5\nK,1,,M,-3\nK,1,,V,x\n");

        Run r = run(App.commandLine(), "seats", "--votes", votes.toString(), "--seats", "10");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("regionkarta: " + votes + ":3: votes cannot be negative, got -3\n"
                + "regionkarta: " + votes + ":4: votes must be a whole number, got 'x'\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    @DisplayName("a bad option is exit 2 naming the option, without a stack trace")
    void badOption() {
        Run r = run(App.commandLine(), "settle", "--events", "e.csv", "--prices", "p.csv", "--month", "2025-13");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("regionkarta: --month must be a month written YYYY-MM, got '2025-13'\n");
    }

    @Test
    @DisplayName("an unexpected exception is exit 70 with an id; its stack trace is in the log under the home, not on stderr")
    void unexpected() throws IOException {
        Run r = run(withFailing(), "fail", "--home", dir.toString());

        assertThat(r.exitCode()).as(r.err()).isEqualTo(70);
        Matcher m = INTERNAL.matcher(r.err());
        assertThat(m.matches()).as(r.err()).isTrue();
        assertThat(Path.of(m.group(2))).isEqualTo(dir.resolve("logs").resolve("errors.log"));
        assertThat(r.err()).doesNotContain("Exception", "se.regionkarta", "\tat ", "fault of the program");
        String log = Files.readString(dir.resolve("logs").resolve("errors.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("error " + m.group(1) + " in: regionkarta fail",
                "java.lang.IllegalArgumentException: a fault of the program, not of its input", "\tat se.regionkarta.cli.");
    }

    @Test
    @DisplayName("the log is appended to, one entry a failure, each with its own id")
    void appended() throws IOException {
        Run a = run(withFailing(), "fail", "--home", dir.toString());
        Run b = run(withFailing(), "fail", "--home", dir.toString());

        String log = Files.readString(dir.resolve("logs").resolve("errors.log"), StandardCharsets.UTF_8);
        Matcher ma = INTERNAL.matcher(a.err());
        Matcher mb = INTERNAL.matcher(b.err());
        assertThat(ma.matches() && mb.matches()).isTrue();
        assertThat(ma.group(1)).isNotEqualTo(mb.group(1));
        assertThat(log).contains("error " + ma.group(1), "error " + mb.group(1));
    }

    @Test
    @DisplayName("when the home cannot be written the log goes to the temporary directory; the home follows $REGIONKARTA_HOME and XDG")
    void whereTheLogGoes() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("a-file"), "x");
        Path temp = Files.createDirectory(dir.resolve("tmp"));
        ErrorLog log = new ErrorLog(Map.of(), dir.resolve("user"), temp);

        assertThat(log.write(notADirectory, "0badc0de", Instant.EPOCH, "regionkarta fail", new IllegalStateException("x")))
                .contains(temp.resolve("regionkarta-errors.log"));
        assertThat(Files.readString(temp.resolve("regionkarta-errors.log"))).contains("error 0badc0de");
        assertThat(log.directory(null)).isEqualTo(dir.resolve("user").resolve(".local").resolve("share").resolve("regionkarta"));
        assertThat(new ErrorLog(Map.of("XDG_DATA_HOME", "/x"), dir, temp).directory(null)).isEqualTo(Path.of("/x", "regionkarta"));
        assertThat(new ErrorLog(Map.of("REGIONKARTA_HOME", "/r", "XDG_DATA_HOME", "/x"), dir, temp).directory(null))
                .isEqualTo(Path.of("/r"));
        assertThat(new ErrorLog(Map.of("REGIONKARTA_HOME", "/r"), dir, temp).directory(dir)).isEqualTo(dir);
    }
}
