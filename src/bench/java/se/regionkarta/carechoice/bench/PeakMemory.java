package se.regionkarta.carechoice.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reports the peak memory of this JVM process: the high-water mark of its resident set ({@code VmHWM}
 * in /proc/self/status, which counts DuckDB's native memory too) and the Java heap still in use
 * after a full collection. Appends a line to {@code target/bench/carechoice/memory.txt}.
 */
final class PeakMemory {

    private PeakMemory() {
    }

    static void report(String who, String extra) throws IOException {
        String hwm = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                .map(l -> l.replaceAll("\\D+", "")).findFirst().orElse("0");
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        String line = String.format("%s: peak resident set %d MB; heap %d MB live after a full GC, max %d MB%s%n", who,
                Long.parseLong(hwm) / 1024, live >> 20, Runtime.getRuntime().maxMemory() >> 20, extra);
        System.out.print("\n" + line);
        Files.createDirectories(CompensationInput.DIR);
        Files.writeString(CompensationInput.DIR.resolve("memory.txt"), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
