package se.regionkarta.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 13: about 260 connections that each sent one byte every five seconds to a POST endpoint
 * held every worker thread, and {@code GET /api/v1/regions} timed out. Now a body is read before a
 * worker waits for it, and must arrive within {@link Connections#BODY_DEADLINE}.
 */
class SlowClientsTest {

    static final int POSTERS = 300;
    static final String SLOW_POST = "POST /api/v1/elections/allocate?seats=10 HTTP/1.1\r\nHost: localhost\r\n"
            + "Content-Type: text/csv\r\nContent-Length: 1000000\r\n\r\nv";

    static TestServer server;
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @Timeout(180)
    @DisplayName("300 clients posting one byte every 2 s do not keep GET /api/v1/regions from answering")
    void readersAreServedBesideSlowPosters() throws Exception {
        List<Socket> posters = new ArrayList<>();
        ScheduledExecutorService drip = Executors.newScheduledThreadPool(2);
        try {
            for (int i = 0; i < POSTERS; i++) {
                Socket s = new Socket("localhost", server.port());
                s.getOutputStream().write(SLOW_POST.getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                posters.add(s);
            }
            drip.scheduleWithFixedDelay(() -> posters.forEach(SlowClientsTest::oneByte), 2, 2, TimeUnit.SECONDS);
            Thread.sleep(2_000); // every poster's request has reached the server and waits for its body

            List<Integer> answers = new ArrayList<>();
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                long began = System.nanoTime();
                HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/regions")))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
                millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
                answers.add(r.statusCode());
                Thread.sleep(1_500);
            }
            System.out.println("GET /api/v1/regions beside " + POSTERS + " slow posters took (ms): " + millis);

            assertThat(answers).containsOnly(200).hasSize(5);
            long waiting = 0;
            for (Socket s : posters) {
                waiting += s.getInputStream().available() == 0 ? 1 : 0;
            }
            assertThat(waiting).as("no poster has been answered yet: all were slow all along").isEqualTo(POSTERS);
        } finally {
            drip.shutdownNow();
            for (Socket s : posters) {
                s.close();
            }
        }
    }

    @Test
    @Timeout(120)
    @DisplayName("a body still on its way when the body deadline passes is answered 408 request-timeout and its connection closed")
    void slowBodyIsCutAtTheDeadline() throws Exception {
        try (Socket s = new Socket("localhost", server.port())) {
            s.setSoTimeout((int) Connections.BODY_DEADLINE.plusSeconds(30).toMillis());
            OutputStream out = s.getOutputStream();
            out.write(SLOW_POST.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();
            try {
                drip.scheduleWithFixedDelay(() -> oneByte(s), 2, 2, TimeUnit.SECONDS);
                String answer = new String(readAll(s.getInputStream()), StandardCharsets.ISO_8859_1);

                assertThat(answer).startsWith("HTTP/1.1 408").contains("Content-Type: application/problem+json")
                        .contains("\"code\":\"request-timeout\"");
            } finally {
                drip.shutdownNow();
            }
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("a body sent in parts with pauses within the deadline is read whole")
    void bodyInPartsIsReadWhole() throws Exception {
        String csv = "valkrets,rostberattigade,fasta_mandat,party,votes\nK,1,,S,500\nK,1,,M,300\n";
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket("localhost", server.port())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/v1/elections/allocate?seats=8 HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
                    + "Connection: close\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < body.length; i += 20) {
                out.write(body, i, Math.min(20, body.length - i));
                out.flush();
                Thread.sleep(300);
            }
            String answer = new String(readAll(s.getInputStream()), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 200");
            assertThat(answer).contains("\"S\"", "\"M\"");
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("a body larger than what is read ahead, sent in parts, is read whole by the handler (it hung before)")
    void largeBodyInPartsIsReadWhole() throws Exception {
        StringBuilder csv = new StringBuilder("valkrets,rostberattigade,fasta_mandat,party,votes\n");
        for (int i = 0; csv.length() < 3 * 1024 * 1024; i++) {
            csv.append("K,1,,").append(i % 2 == 0 ? "S" : "M").append(",").append(1 + i % 7).append('\n');
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket("localhost", server.port())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/v1/elections/allocate?seats=8 HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
                    + "Connection: close\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < body.length; i += 512 * 1024) {
                out.write(body, i, Math.min(512 * 1024, body.length - i));
                out.flush();
                Thread.sleep(200);
            }
            String answer = new String(readAll(s.getInputStream()), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 ").doesNotStartWith("HTTP/1.1 5").doesNotStartWith("HTTP/1.1 408");
        }
    }

    private static void oneByte(Socket s) {
        try {
            s.getOutputStream().write('1');
            s.getOutputStream().flush();
        } catch (IOException e) {
            // the server closed it
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
