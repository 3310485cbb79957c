package se.regionkarta.cooperation.settlement.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of what a home region owes a providing region for a month: the events priced by one
 * tariff of one price list, their summed quantity and their summed amount. A month in which the
 * price list changes has a line for each list.
 *
 * @param priceListFrom the first day of the price list that priced the events
 * @param priceOre the tariff's price in that list: per visit, per day or per DRG point
 * @param count the number of events
 * @param quantity their visits, days or DRG points (ten-thousandths), summed
 * @param amountOre the sum of the events' amounts, each rounded by {@link Pricing}
 */
public record LineItem(Tariff tariff, LocalDate priceListFrom, long priceOre, long count, long quantity,
        long amountOre) {

    public LineItem {
        Objects.requireNonNull(tariff, "tariff");
        Objects.requireNonNull(priceListFrom, "price list");
        if (count < 1 || quantity < count || amountOre < 0 || priceOre < 0) {
            throw new IllegalArgumentException("a line item needs events, and a quantity, price and amount that are not negative");
        }
    }
}
