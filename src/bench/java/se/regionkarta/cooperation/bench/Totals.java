package se.regionkarta.cooperation.bench;

import java.util.Map;
import java.util.TreeMap;
import se.regionkarta.cooperation.settlement.model.PairMonth;
import se.regionkarta.cooperation.settlement.model.Settlement;

/** Amounts per pair of regions and month, in öre, as both engines' results are compared. */
final class Totals {

    private Totals() {
    }

    static String key(String home, String provider, int year, int month) {
        return home + " → " + provider + " " + year + "-" + (month < 10 ? "0" : "") + month;
    }

    static Map<String, Long> of(Settlement settlement) {
        Map<String, Long> totals = new TreeMap<>();
        for (PairMonth p : settlement.pairs()) {
            totals.put(key(p.home(), p.provider(), p.month().getYear(), p.month().getMonthValue()), p.amountOre());
        }
        return totals;
    }

    /** Ends the benchmark if the two differ, naming the first pair and month that does. */
    static void requireSame(Map<String, Long> reference, Map<String, Long> measured, String who) {
        if (!reference.equals(measured)) {
            String first = reference.keySet().stream().filter(k -> !reference.get(k).equals(measured.get(k))).findFirst()
                    .orElse(measured.keySet().stream().filter(k -> !reference.containsKey(k)).findFirst().orElse("?"));
            throw new IllegalStateException(who + " differs from regionkarta's streaming settlement at " + first + ": "
                    + reference.get(first) + " öre against " + measured.get(first));
        }
        long sum = reference.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("%n%s: totals identical to the öre on all %d pairs and months (sum %d öre)%n", who, reference.size(), sum);
    }
}
