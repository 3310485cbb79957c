package se.regionkarta.web;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Gives every request an id and accounts for it once it is answered (issue 13): the id is the
 * client's {@code X-Request-Id} when that is sane (1 to 64 of {@code A-Z a-z 0-9 . _ -}), else a new
 * one; it is echoed in the answer's {@code X-Request-Id}, and it is in the logging context
 * ({@code request_id}) of every line logged while the request is handled. When the answer is sent,
 * one access-log line (logger {@code regionkarta.access}: method, route template, path, status,
 * milliseconds, bytes; never the query, headers, cookies or body) is written and the request counted
 * in {@link Metrics}. Sits in front of everything else in Jetty, so requests refused below the router
 * are logged and counted too.
 */
final class Exchanges extends Handler.Wrapper {

    /** The answer header and the header a client or proxy may send its own id in. */
    static final String HEADER = "X-Request-Id";
    /** The key of the request id in the logging context. */
    static final String MDC_KEY = "request_id";

    private static final String ATTRIBUTE = "regionkarta.exchange";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Logger ACCESS = LoggerFactory.getLogger("regionkarta.access");

    private final Metrics metrics;

    Exchanges(Metrics metrics) {
        this.metrics = metrics;
    }

    /** One request on its way: its id, when it began, and the route Javalin matched it to. */
    static final class Exchange {
        final String id;
        final long started = System.nanoTime();
        volatile String route = "unmatched";

        Exchange(String id) {
            this.id = id;
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String given = request.getHeaders().get(HEADER);
        Exchange exchange = new Exchange(given != null && SANE.matcher(given).matches() ? given
                : String.format("%016x", ThreadLocalRandom.current().nextLong()));
        request.setAttribute(ATTRIBUTE, exchange);
        response.getHeaders().put(HEADER, exchange.id);
        Callback answered = new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                account(request, response, exchange, false);
                super.succeeded();
            }

            @Override
            public void failed(Throwable x) {
                account(request, response, exchange, true);
                super.failed(x);
            }
        };
        try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_KEY, exchange.id)) {
            if (!super.handle(request, response, answered)) {
                Response.writeError(request, response, answered, 404);
            }
            return true;
        }
    }

    /** Puts the request's id in the logging context of the thread that goes on handling it. */
    static MDC.MDCCloseable inContext(Request request) {
        Object exchange = request.getAttribute(ATTRIBUTE);
        return MDC.putCloseable(MDC_KEY, exchange instanceof Exchange e ? e.id : "-");
    }

    /** Notes the route template Javalin matched (its request logger calls this as each request ends). */
    static void matched(Context ctx, Float ignoredMillis) {
        Object exchange = ctx.attribute(ATTRIBUTE);
        if (exchange instanceof Exchange e) {
            Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
            e.route = endpoint != null ? endpoint.path : ctx.path().startsWith("/static/") ? "/static/*" : "unmatched";
        }
    }

    private void account(Request request, Response response, Exchange exchange, boolean failed) {
        long nanos = System.nanoTime() - exchange.started;
        int status = failed && !response.isCommitted() ? 500 : response.getStatus();
        metrics.record(request.getMethod(), exchange.route, status, nanos);
        if (ACCESS.isInfoEnabled()) {
            try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_KEY, exchange.id)) {
                ACCESS.info("method={} route={} path={} status={} ms={} bytes={}", printable(request.getMethod(), 16),
                        exchange.route, printable(request.getHttpURI().getPath(), 200), status,
                        TimeUnit.NANOSECONDS.toMillis(nanos), Response.getContentBytesWritten(response));
            }
        }
    }

    /** Returns text safe for one log line: visible ASCII only, at most {@code max} characters. */
    private static String printable(String text, int max) {
        if (text == null || text.isEmpty()) {
            return "-";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max + 1));
        for (int i = 0; i < text.length() && i < max; i++) {
            char c = text.charAt(i);
            out.append(c > 0x20 && c < 0x7f ? c : '?');
        }
        return text.length() > max ? out.append('…').toString() : out.toString();
    }
}
