package se.regionkarta.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * An exclusive lock on the embedded store's home directory, held by every process that writes the
 * store or its snapshot file for as long as it does, so that writers commit one after another and
 * no snapshot file outlives a change (docs/decisions/0017-shared-embedded-store-and-change-signal.md,
 * docs/decisions/0020-snapshot-file-for-read-commands.md).
 * The operating system releases it when the process ends, however it ends.
 */
final class HomeLock {

    /**
     * File locks belong to the whole JVM, and on Linux closing any channel to the file drops them, so
     * two stores of one JVM (the tests open several) first queue here. Static because the thing it
     * guards, the process's lock on a file, is itself process-wide. Reentrant, so that work under
     * the lock may call other work that takes it.
     */
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final Path file;

    HomeLock(Path home) {
        this.file = home.toAbsolutePath().normalize().resolve("regionkarta.lock");
    }

    /** Runs the work holding the lock, waiting for any other process that holds it. */
    <T> T exclusively(Supplier<T> work) {
        ReentrantLock inJvm = IN_THIS_JVM.computeIfAbsent(file, f -> new ReentrantLock());
        inJvm.lock();
        try {
            if (inJvm.getHoldCount() > 1) {
                return work.get();
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock held = channel.lock()) {
                return work.get();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
            }
        } finally {
            inJvm.unlock();
        }
    }
}
