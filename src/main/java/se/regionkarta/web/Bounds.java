package se.regionkarta.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.function.Function;

/**
 * What bounds the work of one request, given to the faces that do costly work: the time one
 * computation may take and the rate limits per client address (docs/security.md, "Limits per
 * request"). The limits on sizes (rows, groups, residents …) belong to each face, beside what it reads.
 */
public record Bounds(TimeLimit time, RateLimits rates) {

    /** Makes a server's bounds once it knows how to tell a request's client address. */
    @FunctionalInterface
    public interface Factory {
        Bounds forAddresses(Function<Context, String> clientAddress);
    }

    /** Returns what {@code serve} runs with: the standard time limit, and the standard rate limits counted by the clock. */
    public static Factory standard(Clock clock) {
        return address -> new Bounds(TimeLimit.standard(), new RateLimits(clock, address));
    }

    /** Returns the bounds of a face built alone: the standard time limit, rates by the connection's peer address. */
    public static Bounds byPeer(Clock clock) {
        return standard(clock).forAddresses(ctx -> ctx.req().getRemoteAddr());
    }
}
