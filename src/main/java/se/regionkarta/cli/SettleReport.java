package se.regionkarta.cli;

import java.time.YearMonth;
import se.regionkarta.cooperation.settlement.model.PriceLists;
import se.regionkarta.cooperation.settlement.model.Settlement;

/** What the settle command prints, in either format. */
record SettleReport(String eventsFile, String pricesFile, YearMonth month, PriceLists prices, Settlement settlement,
        SettleBudget budget) {
}
