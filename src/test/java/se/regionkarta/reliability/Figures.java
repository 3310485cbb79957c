package se.regionkarta.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import se.regionkarta.json.Json;

/**
 * The reliability suite's sizes and figures. Every size is a constant of its test multiplied by
 * {@link #scale()} ({@code -Dreliability.scale=10} runs the suite ten times larger); every test
 * writes what it tried and saw to {@code target/reliability/NAME.json} and prints it on one line
 * beginning {@code reliability:}, which docs/reliability.md quotes.
 */
final class Figures {

    /**
     * The seed of the fuzzers' jqwik properties in the build: fixed, so that a red build means a
     * change broke something, not that this run drew a new input; to explore, run them by hand with
     * another seed here, or larger with {@code -Dreliability.scale=N} (each try then runs N rounds).
     */
    static final String SEED = "20261208";

    private Figures() {
    }

    /** The factor every size of the suite is multiplied by: 1 in the build, larger by hand. */
    static int scale() {
        String given = System.getProperty("reliability.scale", "1");
        try {
            return Math.max(1, Integer.parseInt(given.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Returns the given size times the scale. */
    static int scaled(int size) {
        return Math.multiplyExact(size, scale());
    }

    /** Writes the figures of one test to target/reliability/NAME.json and prints them on one line. */
    static synchronized void record(String name, Map<String, ?> figures) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("test", name);
        all.put("scale", scale());
        all.putAll(figures);
        try {
            String line = Json.mapper().writeValueAsString(all);
            Path dir = Path.of(System.getProperty("reliability.out", "target/reliability"));
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".json"), line + "\n", StandardCharsets.UTF_8);
            System.out.println("reliability: " + line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The most heap in use, in MiB, that the JVM's heap pools have seen since the last {@link #resetPeakHeap()}. */
    static long peakHeapMiB() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                used += pool.getPeakUsage().getUsed();
            }
        }
        return used / (1024 * 1024);
    }

    /** Starts counting the peak heap afresh. */
    static void resetPeakHeap() {
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The largest heap the JVM may take, in MiB. */
    static long maxHeapMiB() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }
}
