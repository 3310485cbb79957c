package se.regionkarta.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/** Helps answer a request whose body is refused. */
public final class Bodies {

    /** How much of a refused body is read and dropped at most. */
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    private Bodies() {
    }

    /**
     * Reads and drops what is left of a refused body (up to a limit), so that the client finishes
     * sending and then reads the answer; answering while it still sends looks to it like a broken
     * connection rather than a 400.
     */
    public static void discard(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] sink = new byte[65_536];
            long left = DRAIN_LIMIT;
            for (int n; left > 0 && (n = in.read(sink)) > 0; ) {
                left -= n;
            }
        } catch (IOException e) {
            // the client went away: there is no one left to answer
        }
    }
}
