package se.regionkarta.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, operations, with {@code serve} in processes of its own as an operator runs it: the heap
 * budget it sets, graceful shutdown on SIGTERM, and request ids in its log.
 */
class ServeProcessTest {

    @TempDir
    Path home;

    @TempDir
    Path logs;

    ChildJvm jvm;

    @AfterEach
    void stop() {
        if (jvm != null) {
            jvm.close();
        }
    }

    @Test
    @Timeout(300)
    @DisplayName("serve started without -Xmx serves in a JVM whose maximum heap is the budget, and SIGTERM stops both")
    void heapBudget() throws Exception {
        jvm = ChildJvm.withoutHeapOption(logs);
        ChildJvm.Server server = jvm.serve("--home", home.toString(), "--heap", "300m");
        int port = jvm.port(server);

        String said = jvm.awaitPrinted(server, l -> l.contains("heap budget"), Duration.ofSeconds(10));
        String metrics = jvm.get(port, "/metrics");
        List<ProcessHandle> serving = server.process().descendants().filter(p -> p.info().command().orElse("")
                .endsWith("java")).toList();

        assertThat(said).contains("(-Xmx300m)");
        assertThat(serving).as("the server runs in a JVM of its own").hasSize(1);
        double max = value(metrics, "jvm_memory_max_bytes{area=\"heap\"}");
        assertThat(max).isLessThanOrEqualTo(300.0 * 1024 * 1024).isGreaterThan(0.9 * 300 * 1024 * 1024);

        server.process().destroy();
        assertThat(server.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(serving.get(0).onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThatThrownBy(() -> new Socket("localhost", port).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    @Timeout(300)
    @DisplayName("an operator's own -Xmx wins: serve then serves in the JVM started")
    void operatorHeapWins() {
        jvm = new ChildJvm(logs, "-Xmx400m");
        ChildJvm.Server server = jvm.serve("--home", home.toString(), "--heap", "300m");
        jvm.port(server);

        String said = jvm.awaitPrinted(server, l -> l.contains("heap budget"), Duration.ofSeconds(10));

        assertThat(said).contains("(-Xmx400m)");
        assertThat(server.process().descendants().filter(p -> p.info().command().orElse("").endsWith("java")).count())
                .isZero();
    }

    @Test
    @Timeout(300)
    @DisplayName("on SIGTERM a request in flight is finished with 200, then the process ends")
    void gracefulShutdown() throws Exception {
        jvm = new ChildJvm(logs);
        ChildJvm.Server server = jvm.serve("--home", home.toString());
        int port = jvm.port(server);
        byte[] body = "valkrets,rostberattigade,fasta_mandat,party,votes\nK,1,,S,500\nK,1,,M,300\nK,1,,C,200\n"
                .getBytes(StandardCharsets.UTF_8);

        try (Socket s = new Socket("localhost", port)) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/v1/elections/allocate?seats=8 HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 30);
            out.flush();
            Thread.sleep(1_000);
            server.process().destroy(); // SIGTERM, with the request's body half sent
            Thread.sleep(1_000); // the server has begun to stop
            for (int i = 30; i < body.length; i += 10) {
                Thread.sleep(300);
                out.write(body, i, Math.min(10, body.length - i));
                out.flush();
            }
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 200");
            assertThat(answer).contains("\"S\"");
        }
        assertThat(server.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(server.process().exitValue()).as("the JVM ends as SIGTERM ends it: 128 + 15").isEqualTo(143);
        assertThat(server.printed()).doesNotContain("Exception");
    }

    @Test
    @Timeout(300)
    @DisplayName("each request's id is in its access-log line; the query is not")
    void requestIdInTheLog() {
        jvm = new ChildJvm(logs);
        ChildJvm.Server server = jvm.serve("--home", home.toString());
        int port = jvm.port(server);

        int status = jvm.getWithHeader(port, "/api/v1/regions?token=hemligt", "X-Request-Id", "ops-test-42");
        String line = jvm.awaitPrinted(server, l -> l.contains("request_id=ops-test-42"), Duration.ofSeconds(10));

        assertThat(line).contains("level=INFO", "logger=access", "method=GET", "route=/api/v1/regions",
                "path=/api/v1/regions ", "status=" + status, "ms=", "bytes=");
        assertThat(server.printed()).doesNotContain("hemligt");
    }

    private static double value(String text, String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(text);
        assertThat(m.find()).as("%s in%n%s", series, text).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
