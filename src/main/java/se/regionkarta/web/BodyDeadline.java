package se.regionkarta.web;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a request's body before any worker thread waits for it, and within a deadline (issue 13):
 * a client that sends its body one byte every few seconds holds a connection, which costs a few
 * kilobytes, but no thread, so it cannot starve the readers of the site and the API.
 *
 * <p>The body is read as it arrives, without blocking, into memory — up to {@code prefetch} bytes a
 * request and {@code budget} bytes for all requests at once — and the request is handed on only when
 * its body is complete (or that much has arrived). A body not complete {@code deadline} after its
 * headers is refused with 408 and its connection closed; a larger body handed on before the deadline
 * fails to read on after it.
 */
final class BodyDeadline extends Handler.Wrapper {

    private static final Logger LOG = LoggerFactory.getLogger(BodyDeadline.class);
    private final Duration deadline;
    private final int prefetch;
    private final long budget;
    private final AtomicLong held = new AtomicLong();

    /**
     * @param deadline how long after its headers a body must have arrived
     * @param prefetch how much of one body is read before it is handed on
     * @param budget how much of all bodies together is held at once; beyond it bodies are handed on unread
     */
    BodyDeadline(Duration deadline, int prefetch, long budget) {
        this.deadline = deadline;
        this.prefetch = prefetch;
        this.budget = budget;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!hasBody(request)) {
            return super.handle(request, response, callback);
        }
        new Arrival(request, response, callback).start();
        return true;
    }

    private static boolean hasBody(Request request) {
        long length = request.getLength();
        return length > 0 || (length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING));
    }

    /** One body on its way: read as it comes, then handed on, or refused at the deadline. */
    private final class Arrival extends Request.Wrapper implements Runnable {
        private final Response response;
        private final Callback callback;
        private final long due;
        private byte[] bytes = new byte[0];
        private int size;
        private boolean complete;
        private boolean handedOn;
        private boolean expired;
        private boolean delivered;
        private Scheduler.Task timer;
        private long reserved;

        Arrival(Request request, Response response, Callback callback) {
            super(request);
            this.response = response;
            this.callback = callback;
            this.due = System.nanoTime() + deadline.toNanos();
        }

        void start() {
            timer = getComponents().getScheduler().schedule(this::expire, deadline.toMillis(), TimeUnit.MILLISECONDS);
            readOn(true);
        }

        /** The demand callback: more of the body has arrived. */
        @Override
        public void run() {
            readOn(false);
        }

        /**
         * Reads what has arrived; demands more, or hands the request on. From a demand callback the
         * request is handed on in another thread: the handler may block reading the rest of a large
         * body, whose next demand callback Jetty runs only after this one has returned.
         */
        private void readOn(boolean direct) {
            while (true) {
                Content.Chunk chunk = getWrapped().read();
                if (chunk == null) {
                    getWrapped().demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    chunk.release();
                    refuse(chunk.getFailure());
                    return;
                }
                boolean enough = keep(chunk);
                chunk.release();
                if (enough && direct) {
                    handOn();
                    return;
                }
                if (enough) {
                    getComponents().getExecutor().execute(this::handOn);
                    return;
                }
            }
        }

        /** Copies a chunk; tells whether the body is complete or as much is held as may be. */
        private synchronized boolean keep(Content.Chunk chunk) {
            if (expired) {
                return false;
            }
            ByteBuffer data = chunk.getByteBuffer();
            int n = data.remaining();
            if (size + n > bytes.length) {
                int grown = Math.max(size + n, Math.min(prefetch, Math.max(8192, bytes.length * 2)));
                if (held.addAndGet(grown - bytes.length) > budget) {
                    held.addAndGet(bytes.length - grown);
                    complete = chunk.isLast();
                    pushBack(data);
                    return true;
                }
                reserved += grown - bytes.length;
                bytes = java.util.Arrays.copyOf(bytes, grown);
            }
            data.get(bytes, size, n);
            size += n;
            complete = chunk.isLast();
            return complete || size >= prefetch;
        }

        /** Keeps the bytes of a chunk that did not fit in the budget, to be read first after those held. */
        private void pushBack(ByteBuffer data) {
            byte[] rest = new byte[size + data.remaining()];
            System.arraycopy(bytes, 0, rest, 0, size);
            data.get(rest, size, data.remaining());
            bytes = rest;
            size = rest.length;
        }

        private void handOn() {
            synchronized (this) {
                if (expired) {
                    return;
                }
                handedOn = true;
                if (complete) {
                    timer.cancel();
                }
            }
            try {
                if (!BodyDeadline.super.handle(this, response, callback)) {
                    Response.writeError(this, response, callback, 404);
                }
            } catch (Throwable x) {
                callback.failed(x);
            }
        }

        private void refuse(Throwable failure) {
            synchronized (this) {
                if (expired) {
                    return;
                }
                expired = true;
                timer.cancel();
                release();
            }
            if (ClientGone.in(failure)) { // one line, as ErrorMapper writes for a body that stops later (issue 13)
                LOG.warn("{} {}: client went away", getMethod(), getHttpURI().getPath());
            }
            Response.writeError(this, response, callback, 400, "the request body could not be read", failure);
        }

        /** At the deadline: refuses a body still on its way; one already handed on fails to read on. */
        private void expire() {
            synchronized (this) {
                if (handedOn || expired) {
                    return;
                }
                expired = true;
                release();
            }
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            Response.writeError(this, response, callback, 408,
                    "the request body did not arrive within " + deadline.toSeconds() + " s");
        }

        private void release() {
            held.addAndGet(-reserved);
            reserved = 0;
            bytes = new byte[0];
        }

        /** What the application reads: first the bytes held, then the rest as it comes, until the deadline. */
        @Override
        public Content.Chunk read() {
            synchronized (this) {
                if (!delivered) {
                    delivered = true;
                    ByteBuffer first = ByteBuffer.wrap(bytes, 0, size);
                    release();
                    if (complete) {
                        timer.cancel();
                    }
                    return Content.Chunk.from(first, complete);
                }
                if (complete) {
                    return Content.Chunk.EOF;
                }
            }
            if (System.nanoTime() - due > 0) {
                return Content.Chunk.from(new TimeoutException("the request body did not arrive within "
                        + deadline.toSeconds() + " s"), true);
            }
            Content.Chunk chunk = super.read();
            if (chunk != null && chunk.isLast()) {
                synchronized (this) {
                    complete = true;
                    timer.cancel();
                }
            }
            return chunk;
        }

        @Override
        public void demand(Runnable demandCallback) {
            boolean now;
            synchronized (this) {
                now = !delivered || complete;
            }
            if (now || System.nanoTime() - due > 0) {
                demandCallback.run();
            } else {
                super.demand(demandCallback);
            }
        }
    }
}
