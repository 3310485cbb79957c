package se.regionkarta.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import se.regionkarta.App;

/** Runs the real command line in-process, with its own store directory, and keeps what it printed. */
final class Cli {

    private final Path home;

    Cli(Path home) {
        this.home = home;
    }

    Run run(String... args) {
        return runWithInput("", args);
    }

    /** Runs a command with the given text on its standard input (a password for users add). */
    Run runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = App.commandLine(se.regionkarta.web.TestServer.CLOCK, new java.io.ByteArrayInputStream(
                stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        boolean needsStore = all.size() > 0 && !all.get(0).equals("validate") && !all.contains("--data")
                && all.stream().noneMatch(a -> a.startsWith("--db") || a.startsWith("--home"));
        if (needsStore) {
            all.add("--home");
            all.add(home.toString());
        }
        int code = cli.execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    /** What one command printed and how it ended. */
    record Run(int exitCode, String out, String err) {
    }
}
