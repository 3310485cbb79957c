package se.regionkarta.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import se.regionkarta.App;
import se.regionkarta.Server;
import se.regionkarta.access.Access;
import se.regionkarta.access.OpenIdSettings;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.history.ChangeLog;
import se.regionkarta.store.Store;
import se.regionkarta.store.StoreConfig;
import se.regionkarta.store.StoreWatcher;

/**
 * The real server on a free port, serving the bundled data set, for tests that speak HTTP to it.
 * Built where {@code serve} builds it ({@link Server}).
 */
public final class TestServer implements AutoCloseable {

    /** The system clock in Sweden's time, as {@code serve} uses it. */
    public static final Clock CLOCK = Clock.system(App.SWEDEN);

    public static final Dataset BUNDLED = se.regionkarta.SectionReaders.loader().loadBundled().dataset();

    private final Javalin server;
    private final Store store;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final StoreWatcher watcher;

    private TestServer(Javalin server, Store store) {
        this(server, store, null);
    }

    private TestServer(Javalin server, Store store, StoreWatcher watcher) {
        this.server = server;
        this.store = store;
        this.watcher = watcher;
    }

    /** Starts a server on a free port with the bundled data. */
    public static TestServer start() {
        return start(BUNDLED);
    }

    /** Starts a server on a free port with a dataset read straight from files: no change log. */
    public static TestServer start(Dataset dataset) {
        return new TestServer(serve(new LiveRegistry(dataset, ChangeLog.EMPTY, CLOCK)), null);
    }

    /**
     * Starts a server over a real H2 store in the given directory, as {@code serve} runs: the store
     * is filled with the bundled data when empty and stays open (for the change feed) until
     * {@link #close()}.
     */
    public static TestServer startWithStore(Path directory) {
        return startOn(StoreConfig.embedded(directory), CLOCK, null);
    }

    /**
     * Starts a server over the store at the given place (H2 or PostgreSQL), as {@code serve} runs:
     * filled with the bundled data when empty, taking edits, its accounts able to log in, with the given clock
     * and OpenID Connect provider (null for none).
     */
    public static TestServer startOn(StoreConfig config, Clock clock, OpenIdSettings openId) {
        return startOn(config, clock, openId, false);
    }

    /**
     * Starts a server as {@link #startOn(StoreConfig, Clock, OpenIdSettings)} does, told whether it
     * runs behind a proxy whose X-Forwarded-For names the client ({@code serve --trust-proxy}).
     */
    public static TestServer startOn(StoreConfig config, Clock clock, OpenIdSettings openId, boolean trustProxy) {
        return startOn(config, clock, openId, trustProxy, WITHOUT_RATE_LIMITS);
    }

    /** Starts a server over a store as {@link #startOn(StoreConfig, Clock, OpenIdSettings, boolean)} does, bounded as given. */
    public static TestServer startOn(StoreConfig config, Clock clock, OpenIdSettings openId, boolean trustProxy,
            Bounds.Factory bounds) {
        Store store = Store.open(config, clock, se.regionkarta.SectionReaders.loader());
        try {
            if (store.isEmpty()) {
                store.sync(BUNDLED, "regionkarta", "bundled data set");
            }
            Access access = Access.of(store.jdbi(), clock, openId, false, trustProxy);
            LiveRegistry live = new LiveRegistry(store, clock);
            // as serve does: what other instances write to the same store is served within one poll
            StoreWatcher watcher = StoreWatcher.start(store::generation, live::refresh, live.generation(), StoreWatcher.INTERVAL);
            return new TestServer(Server.create(live, clock, access, PublicAddress.LOCAL, bounds).start(0), store, watcher);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static Javalin serve(LiveRegistry live) {
        return Server.create(live, CLOCK, Access.withoutStore(CLOCK, null), PublicAddress.LOCAL, WITHOUT_RATE_LIMITS).start(0);
    }

    /**
     * The bounds of the test servers: the standard time limit, and no rate limits, since tests send
     * many requests from one address (the rate limits have tests of their own: {@link #startBounded}).
     */
    static final Bounds.Factory WITHOUT_RATE_LIMITS = address -> new Bounds(TimeLimit.standard(), RateLimits.none());

    /** Starts a server on a free port with the bundled data, bounded as given, its day and rate limits by the clock. */
    public static TestServer startBounded(Clock clock, Bounds.Factory bounds) {
        return new TestServer(Server.create(new LiveRegistry(BUNDLED, ChangeLog.EMPTY, clock), clock,
                Access.withoutStore(clock, null), PublicAddress.LOCAL, bounds).start(0), null);
    }

    /** Returns the store the server reads, for tests that change it; fails for a server without one. */
    public Store store() {
        if (store == null) {
            throw new IllegalStateException("this server reads no store; start it with startWithStore");
        }
        return store;
    }

    public int port() {
        return server.port();
    }

    /** Returns the absolute URL of a path on this server. */
    public String url(String path) {
        return "http://localhost:" + port() + path;
    }

    /** Sends a GET and returns the answer as text. */
    public HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET(), headers);
    }

    /** Sends any method with an optional body. */
    public HttpResponse<String> send(String method, String path, String body, String... headers) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        return send(HttpRequest.newBuilder(URI.create(url(path))).method(method, publisher), headers);
    }

    private HttpResponse<String> send(HttpRequest.Builder builder, String... headers) {
        if (headers.length > 0) {
            builder.headers(headers);
        }
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends a GET with the request target exactly as given (even invalid, which HttpClient refuses)
     * over a plain socket, and returns the status code.
     */
    public int rawGetStatus(String target) {
        try (java.net.Socket socket = new java.net.Socket("localhost", port())) {
            socket.setSoTimeout(10_000);
            String request = "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (watcher != null) {
                watcher.close();
            }
            server.stop();
        } finally {
            if (store != null) {
                store.close();
            }
        }
    }
}
