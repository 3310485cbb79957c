package se.regionkarta.web;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;

/**
 * Tells failures the client caused from the server's own: a client that went away while sending its
 * body (Jetty's {@link EofException}, a closed channel, a reset connection, anywhere in the cause
 * chain) is one short log line, not an error with a stack trace; a body Jetty itself refused as
 * malformed is the client's 4xx.
 */
final class ClientGone {

    private ClientGone() {
    }

    /** Tells whether the failure is the client closing the connection. */
    static boolean in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EofException || t instanceof ClosedChannelException) {
                return true;
            }
            if (t instanceof IOException && t.getMessage() != null
                    && (t.getMessage().contains("Connection reset") || t.getMessage().contains("Broken pipe"))) {
                return true;
            }
        }
        return false;
    }

    /** Returns the problem for a request Jetty refused (400, 413, 415 in the cause chain), or null. */
    static ProblemType refusedByContainer(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException h) {
                return switch (h.getCode()) {
                    case 400 -> ProblemType.BAD_PARAMETER;
                    case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
                    case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
                    default -> null;
                };
            }
        }
        return null;
    }
}
