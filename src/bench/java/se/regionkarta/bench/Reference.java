package se.regionkarta.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;

/**
 * What every benchmark of a money engine does when a benchmark ends: require the amounts it computed
 * to equal the reference to the öre, key by key (a benchmark whose engines disagree stops), report
 * the process's peak memory ({@link PeakMemory}) and close the peer's database.
 *
 * @param dir where the benchmark keeps its input and {@code memory.txt}
 * @param poolPeaks whether the memory line gives the heap pools' peaks
 * @param reference what the reference is, for the message when amounts differ
 * @param agreed the line printed when they agree, with the number of keys and the sum
 */
public record Reference(Path dir, boolean poolPeaks, String reference, String agreed) {

    /** Requires the amounts to equal the reference and reports the peak memory, {@code extra} after it. */
    public void finish(Map<String, Long> expected, Map<String, Long> measured, String who, String extra) throws IOException {
        requireSame(expected, measured, who);
        PeakMemory.report(dir, who, extra, poolPeaks);
    }

    /** The same for a peer, with the memory DuckDB reports; then closes the peer's database. */
    public void finish(Map<String, Long> expected, Map<String, Long> measured, String who, DuckDb db)
            throws IOException, SQLException {
        finish(expected, measured, who, ", DuckDB holds " + (db.memoryInUse() >> 20) + " MB");
        db.close();
    }

    /** Ends the benchmark if the amounts differ, naming the first key that does; otherwise prints that they agree. */
    public void requireSame(Map<String, Long> expected, Map<String, Long> measured, String who) {
        if (!expected.equals(measured)) {
            String first = expected.keySet().stream().filter(k -> !expected.get(k).equals(measured.get(k))).findFirst()
                    .orElse(measured.keySet().stream().filter(k -> !expected.containsKey(k)).findFirst().orElse("?"));
            throw new IllegalStateException(who + " differs from " + reference + " at " + first + ": " + expected.get(first)
                    + " öre against " + measured.get(first));
        }
        long sum = expected.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("%n%s: " + agreed + "%n", who, expected.size(), sum);
    }
}
