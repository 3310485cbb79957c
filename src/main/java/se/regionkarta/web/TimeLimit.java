package se.regionkarta.web;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The time one computation in a request may take (docs/security.md, "Limits per request"): the
 * calculators' engines are given a plain {@link BooleanSupplier} that says when to stop, ask it in
 * their loops, and end with a {@link CancellationException}; this answers that with 503
 * {@code took-too-long}. The work really stops, in the request's own thread, which is then free;
 * the engines stay free of any framework (docs/decisions/0025-bounded-work-per-request.md).
 *
 * @param limit how long one computation may run
 * @param nanos the monotonic time in nanoseconds ({@code System::nanoTime}; tests give their own)
 */
public record TimeLimit(Duration limit, LongSupplier nanos) {

    /** The time one computation may take in a request: far above any real input's (well under a second). */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(10);

    /** Returns the limit every request runs with. */
    public static TimeLimit standard() {
        return new TimeLimit(DEFAULT_LIMIT, System::nanoTime);
    }

    /**
     * Runs the work with a stop signal that turns true once the limit has passed since now.
     *
     * @throws ApiProblem {@code took-too-long} (503) when the work stopped because of it
     */
    public <T> T run(Function<BooleanSupplier, T> work) {
        long deadline = nanos.getAsLong() + limit.toNanos();
        try {
            return work.apply(() -> nanos.getAsLong() - deadline > 0);
        } catch (CancellationException e) {
            throw new ApiProblem(ProblemType.TOOK_TOO_LONG, "The computation was stopped after " + limit.toSeconds()
                    + " s, the most one request may take; nothing was kept. Send a smaller input, or use the command line, "
                    + "which has no time limit.");
        }
    }
}
