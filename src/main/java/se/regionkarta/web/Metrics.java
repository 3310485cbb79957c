package se.regionkarta.web;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * What {@code GET /metrics} tells in the Prometheus text format (docs/decisions/0026-metrics-and-logs.md):
 * requests by method, route template and status class, their durations, the age of the snapshot
 * served, the store's failures and the JVM's memory and threads. Each server has its own registry,
 * so that two servers in one JVM (as in the tests) count apart.
 */
public final class Metrics {

    /** The content type of the Prometheus text format 0.0.4. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter requests;
    private final Histogram durations;
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();

    /** Counts for the given registry: its snapshot's age by the clock and its store's failures. */
    public Metrics(LiveRegistry live, Clock clock) {
        requests = Counter.builder().name("http_requests_total")
                .help("HTTP requests answered, by method, route template and status class")
                .labelNames("method", "route", "status").register(registry);
        durations = Histogram.builder().name("http_request_duration_seconds")
                .help("time from a request's headers to its answer's last byte, by method and route template")
                .unit(Unit.SECONDS).classicOnly()
                .classicUpperBounds(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)
                .labelNames("method", "route").register(registry);
        GaugeWithCallback.builder().name("regionkarta_snapshot_age_seconds")
                .help("seconds since the snapshot being served was published")
                .callback(g -> g.call(Math.max(0, Duration.between(live.current().since(), clock.instant()).toMillis() / 1000.0)))
                .register(registry);
        GaugeWithCallback.builder().name("regionkarta_store_generation")
                .help("the store's change number the served snapshot was read at (-1: read from data files)")
                .callback(g -> g.call(live.generation())).register(registry);
        CounterWithCallback.builder().name("regionkarta_store_errors_total")
                .help("failed reads of the store for a new snapshot (refresh) and failed writes (write)")
                .labelNames("operation")
                .callback(c -> {
                    c.call(live.storeErrors(LiveRegistry.StoreOperation.REFRESH), "refresh");
                    c.call(live.storeErrors(LiveRegistry.StoreOperation.WRITE), "write");
                }).register(registry);
        JvmMetrics.builder().register(registry);
    }

    /** Counts one answered request. */
    void record(String method, String route, int status, long nanos) {
        String m = METHODS.contains(method) ? method : "other";
        requests.labelValues(m, route, status / 100 + "xx").inc();
        durations.labelValues(m, route).observe(nanos / 1e9);
    }

    /** Returns every metric in the Prometheus text format. */
    public byte[] scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        try {
            writer.write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
