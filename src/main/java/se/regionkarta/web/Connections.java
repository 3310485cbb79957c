package se.regionkarta.web;

import io.javalin.config.JavalinConfig;
import java.time.Duration;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The bounds of the HTTP server's connections, threads and shutdown (issue 13, docs/operations.md
 * "Connections and limits"): what no client may take, however slow or however many its connections.
 * Each figure is documented there and in docs/security.md; change them together.
 */
public final class Connections {

    /** A connection silent this long is closed (Jetty's idle timeout). */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** A request body must have arrived this long after its headers, or it is refused with 408 ({@link BodyDeadline}). */
    public static final Duration BODY_DEADLINE = Duration.ofSeconds(30);
    /** How much of one body is read before a worker thread is given the request. */
    public static final int BODY_PREFETCH = 1024 * 1024;
    /** How much of all bodies on their way is held at once. */
    public static final long BODY_BUDGET = 64L * 1024 * 1024;
    /** The most connections open at once; more wait in the operating system's queue until one closes. */
    public static final int MAX_CONNECTIONS = 2000;
    /** With {@link #MAX_CONNECTIONS} open, a connection silent this long is closed. */
    public static final Duration IDLE_TIMEOUT_AT_LIMIT = Duration.ofSeconds(5);
    /** The worker threads that run handlers. */
    public static final int MAX_THREADS = 200;
    /** The largest request line and headers together. */
    public static final int MAX_HEADER_BYTES = 16 * 1024;
    /** On stop (SIGTERM), how long requests in flight may take to finish before the server closes anyway. */
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    /**
     * While stopping, a connection silent this long is closed (Jetty's default, 1 s, would cut a client
     * that pauses for a second in the middle of sending its body).
     */
    public static final Duration IDLE_TIMEOUT_STOPPING = Duration.ofSeconds(5);

    private Connections() {
    }

    /**
     * Applies the bounds to a Javalin configuration, and puts in front of the routes what gives each
     * request its id, logs and counts it ({@link Exchanges}) and reads its body ({@link BodyDeadline}).
     */
    public static void apply(JavalinConfig config, Metrics metrics) {
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 8, 60_000);
        threads.setName("regionkarta-http");
        config.jetty.threadPool = threads;
        config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_HEADER_BYTES));
        config.jetty.modifyServer(server -> bound(server, metrics));
        config.requestLogger.http(Exchanges::matched);
    }

    private static void bound(Server server, Metrics metrics) {
        // inserted each in front of the last: graceful → exchanges → body deadline → Javalin's handlers
        server.insertHandler(new BodyDeadline(BODY_DEADLINE, BODY_PREFETCH, BODY_BUDGET));
        server.insertHandler(new Exchanges(metrics));
        server.insertHandler(new GracefulHandler());
        server.setStopTimeout(STOP_TIMEOUT.toMillis());
        NetworkConnectionLimit limit = new NetworkConnectionLimit(MAX_CONNECTIONS, server);
        limit.setEndPointIdleTimeout(IDLE_TIMEOUT_AT_LIMIT.toMillis());
        server.addBean(limit);
        // Javalin makes its connector after this runs; its idle timeout is set as the server starts
        server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                for (Connector connector : server.getConnectors()) {
                    if (connector instanceof AbstractConnector c) {
                        c.setIdleTimeout(IDLE_TIMEOUT.toMillis());
                        c.setShutdownIdleTimeout(IDLE_TIMEOUT_STOPPING.toMillis());
                    }
                }
            }
        });
    }
}
