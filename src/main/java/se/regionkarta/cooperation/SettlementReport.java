package se.regionkarta.cooperation;

import java.time.YearMonth;
import se.regionkarta.cooperation.settlement.model.PriceLists;
import se.regionkarta.cooperation.settlement.model.Settlement;

/**
 * A settlement with what it was computed from: what the settle command prints (in either format) and
 * what the API and the site's calculator answer.
 *
 * @param eventsFile the name of the events file (or request part)
 * @param pricesFile the name of the price list file (or request part)
 * @param month the month settled, or null for all
 * @param budget a budget shared by a key, or null
 */
public record SettlementReport(String eventsFile, String pricesFile, YearMonth month, PriceLists prices, Settlement settlement,
        SharedBudget budget) {
}
