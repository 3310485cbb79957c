package se.regionkarta.web;

import java.time.Clock;

/**
 * What bounds the work of one request, given to the faces that do costly work: the time one
 * computation may take and the rate limits per client address (docs/security.md, "Limits per
 * request"). The limits on sizes (rows, groups, residents …) belong to each face, beside what it reads.
 */
public record Bounds(TimeLimit time, RateLimits rates) {

    /** Returns the bounds of a server: the standard time limit, rates by the connection's peer address and the clock. */
    public static Bounds byPeer(Clock clock) {
        return new Bounds(TimeLimit.standard(), new RateLimits(clock, ctx -> ctx.req().getRemoteAddr()));
    }
}
