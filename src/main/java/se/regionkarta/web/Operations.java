package se.regionkarta.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import se.regionkarta.store.Store;

/**
 * The routes an operator's tools ask (docs/operations.md): {@code GET /health} (liveness: the
 * process answers), {@code GET /ready} (readiness: the store answers a trivial query and a snapshot
 * is published; 503 naming the check that failed otherwise) and {@code GET /metrics} (the Prometheus
 * text format, {@link Metrics}). None is cached; none needs a login: they tell nothing that is not
 * public, and an operator who wants {@code /metrics} private closes it at the proxy.
 */
public final class Operations implements WebServer.RouteGroup {

    /** How long {@code /ready} waits for the store before calling it unreachable. */
    static final long STORE_CHECK_SECONDS = 2;

    private final LiveRegistry live;
    private final Metrics metrics;

    public Operations(LiveRegistry live, Clock clock) {
        this.live = live;
        this.metrics = new Metrics(live, clock);
    }

    /** Returns what counts the server's requests and tells them at {@code /metrics}. */
    public Metrics metrics() {
        return metrics;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/health", ctx -> answer(ctx, 200, Map.of("status", "up")));
        routes.get("/ready", this::ready);
        routes.get("/metrics", ctx -> {
            ctx.header("Cache-Control", "no-store");
            ctx.contentType(Metrics.CONTENT_TYPE).result(metrics.scrape());
        });
    }

    private void ready(Context ctx) {
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("store", live.store().map(Operations::check).orElse("none (served from data files)"));
        checks.put("snapshot", live.current() != null ? "published" : "not published");
        boolean storeAnswers = checks.get("store").startsWith("up") || checks.get("store").startsWith("none");
        boolean ready = storeAnswers && "published".equals(checks.get("snapshot"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", ready ? "ready" : "not ready");
        body.put("checks", checks);
        answer(ctx, ready ? 200 : 503, body);
    }

    /** Asks the store {@code select 1}, waiting at most a few seconds (a stopped database may not answer at all). */
    private static String check(Store store) {
        try {
            CompletableFuture.runAsync(store::ping).get(STORE_CHECK_SECONDS, TimeUnit.SECONDS);
            return "up";
        } catch (TimeoutException e) {
            return "unreachable: no answer within " + STORE_CHECK_SECONDS + " s";
        } catch (ExecutionException e) {
            return "unreachable: the store refused a trivial query";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unreachable: interrupted";
        }
    }

    private static void answer(Context ctx, int status, Object body) {
        ctx.header("Cache-Control", "no-store");
        ctx.status(status).json(body);
    }
}
