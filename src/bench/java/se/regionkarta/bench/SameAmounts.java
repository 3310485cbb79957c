package se.regionkarta.bench;

import java.util.Map;

/** Holds a peer's amounts in öre against the reference, key by key: a benchmark whose engines disagree stops. */
public final class SameAmounts {

    private SameAmounts() {
    }

    /**
     * Ends the benchmark if the two differ, naming the first key that does; otherwise prints that they agree.
     *
     * @param reference what the reference is, for the message: {@code "the reference"}
     * @param agreed the line printed when they agree, with the number of keys and the sum: {@code "… all %d providers (total %d öre)"}
     */
    public static void require(Map<String, Long> expected, Map<String, Long> measured, String who, String reference, String agreed) {
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
