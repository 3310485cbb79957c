package se.regionkarta.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.dataset.model.Dataset;

/** The watcher that keeps a running server up to date with its store, over a signal the test moves (issue 11). */
class StoreWatcherTest {

    private static final Duration FAST = Duration.ofMillis(5);

    private final AtomicLong signal = new AtomicLong(10);
    private final AtomicInteger polls = new AtomicInteger();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicBoolean broken = new AtomicBoolean();
    private final List<Dataset> published = new CopyOnWriteArrayList<>();

    private long poll() {
        polls.incrementAndGet();
        return signal.get();
    }

    private Dataset read() {
        if (broken.get()) {
            throw new IllegalStateException("the store is gone");
        }
        reads.incrementAndGet();
        return Dataset.empty();
    }

    @Test
    @DisplayName("a moved signal is read and published once; a still signal reads nothing")
    void publishesOnChange() {
        try (StoreWatcher watcher = StoreWatcher.start(this::poll, this::read, published::add, 10, FAST)) {
            waitTicks();
            assertThat(reads).hasValue(0);

            signal.set(11);
            await(() -> published.size() == 1);
            waitTicks();

            assertThat(published).hasSize(1);
            assertThat(reads).hasValue(1);
        }
    }

    @Test
    @DisplayName("a store that fails keeps what was published served and is read again once it can be")
    void survivesFailures() {
        try (StoreWatcher watcher = StoreWatcher.start(this::poll, this::read, published::add, 10, FAST)) {
            broken.set(true);
            signal.set(11);
            waitTicks();
            assertThat(published).isEmpty();

            broken.set(false);
            await(() -> published.size() == 1);
        }
    }

    @Test
    @DisplayName("a failing signal does not stop the watching")
    void survivesSignalFailure() {
        AtomicBoolean signalBroken = new AtomicBoolean(true);
        try (StoreWatcher watcher = StoreWatcher.start(() -> {
            if (signalBroken.get()) {
                polls.incrementAndGet();
                throw new IllegalStateException("connection refused");
            }
            return poll();
        }, this::read, published::add, 10, FAST)) {
            signal.set(12);
            waitTicks();
            signalBroken.set(false);
            await(() -> published.size() == 1);
        }
    }

    @Test
    @DisplayName("once closed, a watcher reads nothing more")
    void stops() {
        StoreWatcher watcher = StoreWatcher.start(this::poll, this::read, published::add, 10, FAST);
        waitTicks();
        watcher.close();
        int afterClose = polls.get();
        signal.set(11);
        // a closed watcher's thread has ended, so a later look at the counters is final
        assertThat(reads).hasValue(0);
        assertThat(polls).hasValue(afterClose);
    }

    /** Waits until the watcher has looked at the signal three more times: what did not happen by then does not. */
    private void waitTicks() {
        int seen = polls.get();
        await(() -> polls.get() >= seen + 3);
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.onSpinWait();
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
