package se.regionkarta.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Limits how often one client address may ask for costly work (docs/security.md, "Limits per
 * request"): a token bucket per address and kind, in this instance's memory. A bucket holds up to
 * {@link Kind#burst} requests and fills again at {@link Kind#perMinute} a minute; a request finding
 * it empty is answered 429 {@code too-many-requests} with {@code Retry-After}, before any of its
 * body is read. The address is the one {@link Authentication#clientAddress} gives, which trusts
 * {@code X-Forwarded-For} only behind a configured proxy. Several instances each count on their
 * own, so the limits multiply with the instances.
 */
public final class RateLimits {

    /** The kinds of request limited, each with its own bucket per address. */
    public enum Kind {
        /** The calculators (elections, settlement, care-choice compensation), API and site. */
        CALCULATION(20, 20),
        /** Writes of facts, API and site. */
        WRITE(60, 60),
        /** Login attempts, whatever name is tried (the name itself locks after five misses). */
        LOGIN(10, 2.0 / 3);

        final int burst;
        final double perMinute;

        Kind(int burst, double perMinute) {
            this.burst = burst;
            this.perMinute = perMinute;
        }

        public int burst() {
            return burst;
        }

        public double perMinute() {
            return perMinute;
        }
    }

    /** Buckets are forgotten once full again; this many addresses are kept before the full ones are swept out. */
    private static final int SWEEP_AT = 50_000;

    private final Clock clock;
    private final Function<Context, String> address;
    private final boolean enforced;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /**
     * @param clock the time the buckets fill by (tests give one they move)
     * @param address the client address of a request
     */
    public RateLimits(Clock clock, Function<Context, String> address) {
        this(clock, address, true);
    }

    private RateLimits(Clock clock, Function<Context, String> address, boolean enforced) {
        this.clock = clock;
        this.address = address;
        this.enforced = enforced;
    }

    /** Returns limits that limit nothing: for tests of other things that send many requests from one address. */
    public static RateLimits none() {
        return new RateLimits(Clock.systemUTC(), ctx -> "", false);
    }

    /** A bucket: tokens left at the moment last seen. */
    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        synchronized long take(Kind kind, long now) {
            double perMilli = kind.perMinute / 60_000.0;
            tokens = Math.min(kind.burst, tokens + Math.max(0, now - at) * perMilli);
            at = Math.max(at, now);
            if (tokens >= 1 - 1e-9) { // a bucket filled to exactly one token by the clock is not refused for rounding
                tokens = Math.max(0, tokens - 1);
                return 0;
            }
            long millis = (long) Math.ceil((1 - tokens) / perMilli - 1e-6); // the epsilon keeps 90.000001 s from being 91
            return Math.max(1, (millis + 999) / 1000);
        }

        synchronized boolean full(Kind kind, long now) {
            return tokens + Math.max(0, now - at) * kind.perMinute / 60_000.0 >= kind.burst;
        }
    }

    /**
     * Returns a before-handler for a route that limits its requests of the given kind; a GET or
     * HEAD (which shows a form) is not counted.
     */
    public Handler before(Kind kind) {
        return ctx -> {
            String method = ctx.method().name();
            if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")) {
                check(ctx, kind);
            }
        };
    }

    /**
     * Counts one request of the kind from the request's address.
     *
     * @throws ApiProblem {@code too-many-requests} (429) with {@code Retry-After} set when the bucket is empty
     */
    public void check(Context ctx, Kind kind) {
        if (!enforced) {
            return;
        }
        long now = clock.millis();
        String key = kind.name() + " " + address.apply(ctx);
        if (buckets.size() >= SWEEP_AT) {
            buckets.entrySet().removeIf(e -> e.getValue().full(Kind.valueOf(e.getKey().substring(0, e.getKey().indexOf(' '))),
                    now));
            if (buckets.size() >= SWEEP_AT) {
                // addresses without number (a flood from many): forget them all rather than grow without bound
                buckets.clear();
            }
        }
        long wait = buckets.computeIfAbsent(key, k -> new Bucket(kind.burst, now)).take(kind, now);
        if (wait > 0) {
            ctx.header("Retry-After", String.valueOf(wait));
            throw new ApiProblem(ProblemType.TOO_MANY_REQUESTS, "Too many requests of this kind from one address: at most "
                    + kind.burst + " at once and " + perMinuteText(kind) + " after that. Try again in " + wait + " s.");
        }
    }

    private static String perMinuteText(Kind kind) {
        return kind.perMinute >= 1 ? Math.round(kind.perMinute) + " a minute"
                : Math.round(kind.perMinute * 60) + " an hour";
    }

    /** Returns how long one more request of the kind waits once the bucket is empty. */
    public static Duration refill(Kind kind) {
        return Duration.ofMillis((long) Math.ceil(60_000 / kind.perMinute));
    }
}
