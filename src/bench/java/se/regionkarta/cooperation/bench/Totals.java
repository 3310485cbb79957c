package se.regionkarta.cooperation.bench;

import java.util.Map;
import java.util.TreeMap;
import se.regionkarta.bench.Reference;
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

    /** Holds results against regionkarta's streaming settlement, pair of regions and month by pair and month. */
    static final Reference REFERENCE = new Reference(SettlementInput.DIR, true, "regionkarta's streaming settlement",
            "totals identical to the öre on all %d pairs and months (sum %d öre)");
}
