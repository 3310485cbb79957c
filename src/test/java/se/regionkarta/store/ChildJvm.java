package se.regionkarta.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs regionkarta in a JVM of its own, as a person does from a terminal, with the test's class path
 * (the jar is not built yet when the tests run). Each child is remembered so that {@link #close()}
 * ends every one still running: no JVM outlives its test.
 */
final class ChildJvm implements AutoCloseable {

    private static final Pattern SERVING = Pattern.compile("regionkarta: serving on http://localhost:(\\d+)/");

    private final Path logs;
    private final List<String> jvmOptions;
    private final List<Process> started = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Runs children with the given JVM options; with no heap option among them, with {@code -Xmx1g},
     * so that {@code serve} serves in the JVM started (and a kill of it kills the server), as an
     * operator's own {@code -Xmx} makes it (docs/operations.md "Heap budget").
     */
    ChildJvm(Path logs, String... jvmOptions) {
        this.logs = logs;
        List<String> options = new ArrayList<>(List.of(jvmOptions));
        if (options.stream().noneMatch(o -> o.startsWith("-Xmx"))) {
            options.add(0, "-Xmx1g");
        }
        this.jvmOptions = List.copyOf(options);
    }

    private ChildJvm(Path logs, List<String> jvmOptions) {
        this.logs = logs;
        this.jvmOptions = jvmOptions;
    }

    /** Runs children as {@code java -cp … App}, with no heap option: as an operator runs the jar. */
    static ChildJvm withoutHeapOption(Path logs) {
        return new ChildJvm(logs, List.of());
    }

    /** What one command printed and how it ended. */
    record Run(int exitCode, String out, String err) {
    }

    /** Runs a command to its end (at most two minutes: a JVM on a busy two-core machine is slow to start). */
    Run run(String... args) {
        try {
            Path out = Files.createTempFile(logs, "out", ".txt");
            Path err = Files.createTempFile(logs, "err", ".txt");
            Process p = start(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            started.add(p);
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("regionkarta " + String.join(" ", args) + " did not end within two minutes");
            }
            return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A server started as {@code serve --port 0}: its port, once it has said it, and everything it printed. */
    static final class Server {
        private final Process process;
        private final List<String> lines = new CopyOnWriteArrayList<>();

        private Server(Process process) {
            this.process = process;
        }

        String printed() {
            return String.join("\n", lines);
        }

        boolean alive() {
            return process.isAlive();
        }

        /** Returns the process started (the first JVM, which may have started the serving one). */
        Process process() {
            return process;
        }
    }

    /** Starts {@code serve --port 0} with the given options and waits (a bounded while) until it says where it serves. */
    Server serve(String... options) {
        List<String> args = new ArrayList<>(List.of("serve", "--port", "0"));
        args.addAll(List.of(options));
        Process p;
        try {
            p = start(args.toArray(String[]::new)).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        started.add(p);
        Server server = new Server(p);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    server.lines.add(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
        return server;
    }

    /** Returns the server's port once it has printed it, failing after two minutes or when the server ended. */
    int port(Server server) {
        String seen = awaitPrinted(server, l -> SERVING.matcher(l).find(), Duration.ofMinutes(2));
        Matcher m = SERVING.matcher(seen);
        m.find();
        return Integer.parseInt(m.group(1));
    }

    /** Waits until the server has printed a line that passes the test, and returns it. */
    String awaitPrinted(Server server, Predicate<String> wanted, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : server.lines) {
                if (wanted.test(line)) {
                    return line;
                }
            }
            if (!server.alive() && server.lines.stream().noneMatch(wanted)) {
                throw new AssertionError("the server ended without printing that:\n" + server.printed());
            }
            pause();
        }
        throw new AssertionError("the server did not print that within " + within + ":\n" + server.printed());
    }

    /**
     * Asks {@code GET path} every 150 ms until the answer passes the test, and returns it; fails
     * after the given time with the last answer.
     */
    String pollUntil(int port, String path, Predicate<String> wanted, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        String last = null;
        while (System.nanoTime() < deadline) {
            last = get(port, path);
            if (last != null && wanted.test(last)) {
                return last;
            }
            pause();
        }
        throw new AssertionError("GET " + path + " did not give the expected answer within " + within + "; last: " + last);
    }

    /** Sends a GET with one header and returns the status, or -1 when there was no answer. */
    int getWithHeader(int port, String path, String name, String value) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header(name, value)
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Returns the body of a 200 answer, or null for any other answer. */
    String get(int port, String path) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? r.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ProcessBuilder start(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "se.regionkarta.App"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        // the store is given on the command line only; a developer's own settings must not leak in
        Stream.of("REGIONKARTA_DB", "REGIONKARTA_DB_USER", "REGIONKARTA_DB_PASSWORD", "REGIONKARTA_HOME", "XDG_DATA_HOME",
                        "REGIONKARTA_HEAP", "REGIONKARTA_SERVE_PARENT", "REGIONKARTA_ACCESS_LOG")
                .forEach(builder.environment()::remove);
        return builder;
    }

    private static void pause() {
        try {
            Thread.sleep(150);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Ends every child still running, asking first (a server then closes its store), and waits until it has. */
    @Override
    public void close() {
        started.forEach(Process::destroy);
        for (Process p : started) {
            try {
                if (!p.waitFor(15, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
