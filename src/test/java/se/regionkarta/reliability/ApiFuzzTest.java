package se.regionkarta.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import se.regionkarta.access.Accounts;
import se.regionkarta.access.model.Grant;
import se.regionkarta.access.model.Role;
import se.regionkarta.json.Json;
import se.regionkarta.store.StoreConfig;
import se.regionkarta.web.TestServer;

/**
 * Issue 13, item 3, fuzzing the API over real HTTP: every operation of the OpenAPI document
 * (src/main/resources/api/openapi.json), each of its query, path and header parameters and its body
 * given hostile values — empty, huge, unicode, negative, NaN, {@code %00} and broken escapes,
 * repeated parameters for scalars, deeply nested JSON, wrong types, random bytes — over a socket to
 * the server as {@code serve} builds it over an H2 store, writes with a logged-in national
 * editor's token. No answer is a 5xx, and a write that is refused leaves the store's change log
 * where it was.
 */
class ApiFuzzTest {

    static final int TRIES = 3000; // requests, × reliability.scale
    static final String[] HOSTILE = {"", " ", "a".repeat(100_000), "Ωmega 😀 ‮rtl e\u0301", "-1", "-9223372036854775809",
        "9223372036854775808", "2147483648", "0", "NaN", "Infinity", "-0", "1e999", "0x1F", "%00", "%", "%zz", "%C0%AF", "%FF%FE",
        "../../../etc/passwd", "<script>alert(1)</script>", "' OR 1=1 --", "null", "true", "[]", "{}", "2024-02-30", "2024-13",
        "99999-01-01", "0000", "1.5", "1,5", "\\u0000", "*", "kalmar", "kalmar.hsf", "units", "sources", "kalmar-deck"};
    static final String[] BODIES = {"", "null", "[]", "\"text\"", "5", "{", "{\"a\":", "{}", "{\"name\": 5}", "{\"name\": null}",
        "{\"name\": [\"x\"]}", "{\"name\": {\"deep\": true}}", "{\"id\": \"../x\", \"name\": \"x\"}", "{\"_source\": 7}",
        "{\"_source\": {\"title\": [], \"url\": \"javascript:alert(1)\"}}", "{\"name\": \"NaN\", \"_source\": \"kalmar-deck\"}",
        "{\"validity\": {\"from\": \"2024-02-30\"}, \"_source\": \"kalmar-deck\"}", "{\"until\": \"99999-12-31\"}", "{\"until\": \"\"}",
        "{\"name\": 1e999, \"_source\": \"kalmar-deck\"}", "{\"a\":1,\"a\":2}", "NaN", "\u0000\u0001\u0002",
        "group,ballots,cartel\nS,-1,\nM,NaN,\n", "party,votes\n", "\uFEFF{}", "{\"votes\": \"x\"}", "{\"parties\": [{}]}"};

    /** Malformed or odd media types for Accept and Content-Type (issue 13: ";" alone answered 500). */
    static final String[] HOSTILE_MEDIA_TYPES = {";", "", " ", "*/*;q=abc", "application/json;q=2", "text/csv; charset=",
        "text/csv; charset=x-unknown", "multipart/form-data", "application/json; charset=\"utf-8", "a/b/c", "/", "*",
        "application/*;;", "text/csv; boundary=\"", "application/json, ;, text/csv"};

    static TestServer server;
    static String token;
    static List<Operation> operations;
    static final AtomicInteger REQUESTS = new AtomicInteger();
    static final AtomicInteger WRITES = new AtomicInteger();
    static final AtomicInteger CLOSED_OVERSIZED = new AtomicInteger();
    static final AtomicInteger WRITES_REFUSED = new AtomicInteger();
    static final AtomicInteger WRITES_TAKEN = new AtomicInteger();
    static final Map<Integer, AtomicInteger> STATUSES = new ConcurrentHashMap<>();
    static Path home;

    /** One operation of the OpenAPI document. */
    record Operation(String method, String path, List<String> query, List<String> headers, List<String> types) {
    }

    @BeforeContainer
    static void start() throws IOException {
        home = Files.createTempDirectory("reliability-api");
        server = TestServer.startOn(StoreConfig.embedded(home), TestServer.CLOCK, null);
        Accounts accounts = Accounts.in(server.store().jdbi(), TestServer.CLOCK);
        var account = accounts.add("riks-fuzz", new Grant(Set.of(Role.NATIONAL_EDITOR), Set.of()), "ett tillräckligt långt lösenord")
                .orElseThrow();
        token = accounts.createToken(account).token();
        operations = operations();
        Figures.resetPeakHeap();
    }

    @AfterContainer
    static void stop() throws IOException {
        server.close();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("operations", operations.size());
        figures.put("requests", REQUESTS.get());
        figures.put("closedOversizedRequests", CLOSED_OVERSIZED.get());
        figures.put("writes", WRITES.get());
        figures.put("writesRefusedStoreUnchanged", WRITES_REFUSED.get());
        figures.put("writesTaken", WRITES_TAKEN.get());
        Map<String, Integer> statuses = new java.util.TreeMap<>();
        STATUSES.forEach((k, v) -> statuses.put(String.valueOf(k), v.get()));
        figures.put("statuses", statuses);
        figures.put("peakHeapMiB", Figures.peakHeapMiB());
        Figures.record("fuzz-api", figures);
        try (var walk = Files.walk(home)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(seed = Figures.SEED, tries = TRIES, shrinking = ShrinkingMode.OFF)
    @Label("hostile values in every parameter and body of every operation: never a 5xx; a refused write changes nothing")
    void hostile(@ForAll long seed) {
        for (int round = 0; round < Figures.scale(); round++) {
            once(new Random(seed + round));
        }
    }

    private void once(Random random) {
        Operation op = operations.get(random.nextInt(operations.size()));
        String path = op.path();
        while (path.contains("{")) {
            int open = path.indexOf('{');
            int close = path.indexOf('}', open);
            path = path.substring(0, open) + pathValue(path.substring(open + 1, close), random) + path.substring(close + 1);
        }
        List<String> pairs = new ArrayList<>();
        for (String q : op.query()) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            String v = value(random);
            pairs.add(q + "=" + encoded(v, random));
            if (random.nextInt(6) == 0) {
                pairs.add(q + "=" + encoded(value(random), random)); // an array for a scalar
            }
            if (random.nextInt(12) == 0) {
                pairs.add(q + "[]=" + encoded(value(random), random));
            }
        }
        if (random.nextInt(8) == 0) {
            pairs.add(encoded(value(random), random) + "=" + encoded(value(random), random)); // a parameter the operation has not
        }
        String target = path + (pairs.isEmpty() ? "" : "?" + String.join("&", pairs));
        boolean write = !op.method().equals("GET");
        List<String> headers = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            headers.add("Accept: " + HOSTILE_MEDIA_TYPES[random.nextInt(HOSTILE_MEDIA_TYPES.length)]);
        }
        byte[] body = null;
        if (write) {
            headers.add("Authorization: Bearer " + (random.nextInt(10) == 0 ? value(random).replaceAll("[\\r\\n]", "") : token));
            String type = op.types().isEmpty() || random.nextInt(8) == 0 ? "application/x-fuzz"
                    : random.nextInt(8) == 0 ? HOSTILE_MEDIA_TYPES[random.nextInt(HOSTILE_MEDIA_TYPES.length)]
                    : op.types().get(random.nextInt(op.types().size()));
            headers.add("Content-Type: " + type);
            if (op.headers().contains("If-Match")) {
                String tag = random.nextInt(3) == 0 ? value(random) : currentTag(path);
                headers.add("If-Match: " + (tag == null ? "\"v1\"" : tag.replaceAll("[\\r\\n]", "").replaceAll("[^\\x20-\\x7e]", "?")));
            }
            body = body(random, type);
        }
        long before = write ? server.store().generation() : 0;
        Answer a = send(op.method(), target, headers, body);
        REQUESTS.incrementAndGet();
        if (a.status == CLOSED) {
            CLOSED_OVERSIZED.incrementAndGet();
            if (write) {
                assertThat(server.store().generation()).isEqualTo(before);
            }
            return;
        }
        STATUSES.computeIfAbsent(a.status, s -> new AtomicInteger()).incrementAndGet();
        assertThat(a.status).as("%s %s (%s) answered %s", op.method(), shortened(target), body == null ? "no body"
                : shortened(new String(body, StandardCharsets.UTF_8)), shortened(a.body)).isBetween(100, 499);
        if (a.status >= 400) { // every refusal under /api/, from the router or below it, is a problem
            assertThat(a.head.toLowerCase(java.util.Locale.ROOT)).as("%s %s answered %s without problem+json", op.method(),
                    shortened(target), a.status).contains("content-type: application/problem+json");
        }
        if (write) {
            WRITES.incrementAndGet();
            if (a.status >= 400) {
                WRITES_REFUSED.incrementAndGet();
                assertThat(server.store().generation()).as("a refused write (%s %s) changed the store", op.method(), shortened(target))
                        .isEqualTo(before);
            } else {
                WRITES_TAKEN.incrementAndGet();
            }
        }
    }

    private static String currentTag(String path) {
        Answer a = send("GET", path, List.of(), null);
        for (String line : a.head.split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("etag:")) {
                return line.substring(5).trim();
            }
        }
        return null;
    }

    private static String value(Random random) {
        return HOSTILE[random.nextInt(HOSTILE.length)];
    }

    private static String pathValue(String name, Random random) {
        if (random.nextBoolean()) {
            List<String> real = switch (name) {
                case "kind" -> List.of("units", "bodies", "persons", "sources", "events");
                case "code" -> List.of("bad-parameter", "not-found");
                default -> List.of("kalmar", "kalmar.hsf", "kalmar-deck", "kalmar.hc.stenso", "halland");
            };
            return real.get(random.nextInt(real.size()));
        }
        return encoded(value(random), random).replace("+", "%20");
    }

    /** Percent-encodes a value, or (one time in four) sends it as it is, broken escapes and all, with only what breaks the request line encoded. */
    private static String encoded(String v, Random random) {
        if (random.nextInt(4) == 0) {
            StringBuilder out = new StringBuilder();
            v.codePoints().forEach(c -> out.append(c > 0x20 && c < 0x7f && c != '&' && c != '=' && c != '#' && c != '?'
                    ? Character.toString(c) : URLEncoder.encode(Character.toString(c), StandardCharsets.UTF_8)));
            return out.toString();
        }
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    private static byte[] body(Random random, String type) {
        switch (random.nextInt(6)) {
            case 0 -> {
                byte[] b = new byte[random.nextInt(4096)];
                random.nextBytes(b);
                return b;
            }
            case 1 -> {
                int depth = 100 + random.nextInt(100_000);
                String open = random.nextBoolean() ? "[" : "{\"a\":";
                String close = open.equals("[") ? "]" : "}";
                return (open.repeat(depth) + "1" + close.repeat(depth)).getBytes(StandardCharsets.UTF_8);
            }
            case 2 -> {
                return ("{\"name\": \"" + value(random).replace("\\", "\\\\").replace("\"", "\\\"") + "\", \"_source\": \""
                        + value(random).replace("\\", "\\\\").replace("\"", "\\\"") + "\"}").getBytes(StandardCharsets.UTF_8);
            }
            case 3 -> {
                if (type.contains("csv")) {
                    StringBuilder csv = new StringBuilder(random.nextBoolean() ? "party,votes\n" : "group,ballots,cartel\n");
                    for (int i = 0, n = random.nextInt(50); i < n; i++) {
                        csv.append(value(random).replace("\n", "")).append(',').append(value(random).replace("\n", "")).append('\n');
                    }
                    return csv.toString().getBytes(StandardCharsets.UTF_8);
                }
                return BODIES[random.nextInt(BODIES.length)].getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                return BODIES[random.nextInt(BODIES.length)].getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    private static String shortened(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…(" + s.length() + ")" : s;
    }

    /** The operations of the OpenAPI document, with their parameters resolved. */
    private static List<Operation> operations() throws IOException {
        JsonNode doc;
        try (InputStream in = ApiFuzzTest.class.getResourceAsStream("/api/openapi.json")) {
            doc = Json.mapper().readTree(in);
        }
        List<Operation> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> p = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> o = ops.next();
                if (o.getKey().equals("parameters")) {
                    continue;
                }
                List<String> query = new ArrayList<>();
                List<String> headers = new ArrayList<>();
                List<JsonNode> params = new ArrayList<>();
                o.getValue().path("parameters").forEach(params::add);
                p.getValue().path("parameters").forEach(params::add);
                for (JsonNode param : params) {
                    if (param.has("$ref")) {
                        String ref = param.get("$ref").asText();
                        param = doc.at(ref.substring(1));
                    }
                    switch (param.path("in").asText()) {
                        case "query" -> query.add(param.get("name").asText());
                        case "header" -> headers.add(param.get("name").asText());
                        default -> {
                        }
                    }
                }
                List<String> types = new ArrayList<>();
                o.getValue().path("requestBody").path("content").fieldNames().forEachRemaining(types::add);
                out.add(new Operation(o.getKey().toUpperCase(java.util.Locale.ROOT), p.getKey(), query, headers, types));
            }
        }
        assertThat(out).hasSizeGreaterThan(40);
        return out;
    }

    /** The status of a request whose head was too large for the server to read it to its end: the connection was closed. */
    static final int CLOSED = -1;

    /** One answer: its status, head and body. */
    record Answer(int status, String head, String body) {
    }

    /** Sends a request exactly as given over a socket (Connection: close) and reads the whole answer. */
    static Answer send(String method, String target, List<String> headers, byte[] body) {
        try (Socket socket = new Socket("localhost", server.port())) {
            socket.setSoTimeout(120_000);
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
            headers.forEach(h -> head.append(h).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
            try {
                out.write(headBytes);
            } catch (IOException e) {
                if (headBytes.length > 16_384) {
                    return new Answer(CLOSED, "", ""); // the server shut an oversized request off before it was sent
                }
                throw e;
            }
            if (body != null) {
                try {
                    out.write(body);
                } catch (IOException e) {
                    // the server answered before reading the whole body (a refusal); read that answer
                }
            }
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(answer);
            } catch (IOException e) {
                // reset after the answer was sent: what was read is the answer
            }
            String text = answer.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String h = split < 0 ? text : text.substring(0, split);
            String b = split < 0 ? "" : text.substring(split + 4);
            String[] status = h.split(" ", 3);
            if (status.length < 2) {
                throw new AssertionError(method + " " + shortened(target) + ": no answer (" + shortened(text) + ")");
            }
            return new Answer(Integer.parseInt(status[1]), h, b);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + shortened(target), e);
        }
    }
}
