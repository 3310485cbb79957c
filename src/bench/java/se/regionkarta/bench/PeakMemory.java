package se.regionkarta.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reports the peak memory of this JVM process: the high-water mark of its resident set ({@code VmHWM}
 * in /proc/self/status, which counts DuckDB's native memory too), the Java heap still in use after a
 * full collection (what the benchmark's data really hold) and, on request, the sum of the heap pools'
 * peaks (an upper bound, which mostly shows how far the collector let the heap grow). Appends the line
 * to {@code memory.txt} in the benchmark's directory.
 */
public final class PeakMemory {

    private PeakMemory() {
    }

    /** @param poolPeaks also give the heap pools' peaks (the settlement's lines have them, the care choice's not) */
    public static void report(Path dir, String who, String extra, boolean poolPeaks) throws IOException {
        String hwm = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                .map(l -> l.replaceAll("\\D+", "")).findFirst().orElse("0");
        long heapPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                heapPeak += pool.getPeakUsage().getUsed();
            }
        }
        long maxHeap = Runtime.getRuntime().maxMemory();
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        String line = poolPeaks
                ? String.format("%s: peak resident set %d MB; heap: %d MB live after a full GC, pools' peaks %d MB, max %d MB%s%n",
                        who, Long.parseLong(hwm) / 1024, live >> 20, heapPeak >> 20, maxHeap >> 20, extra)
                : String.format("%s: peak resident set %d MB; heap %d MB live after a full GC, max %d MB%s%n", who,
                        Long.parseLong(hwm) / 1024, live >> 20, maxHeap >> 20, extra);
        System.out.print("\n" + line);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("memory.txt"), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
