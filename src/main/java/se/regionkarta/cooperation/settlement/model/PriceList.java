package se.regionkarta.cooperation.settlement.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One version of the prices for care sold between regions, valid for a period (usually a calendar
 * year, as the joint committees decide them).
 *
 * @param validFrom the first day the prices apply
 * @param validUntil the last day they apply, or null while no end is decided
 * @param prices price in öre per tariff: per visit, per day or per DRG point
 */
public record PriceList(LocalDate validFrom, LocalDate validUntil, Map<Tariff, Long> prices) {

    public PriceList {
        Objects.requireNonNull(validFrom, "valid from");
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("a price list ends (" + validUntil + ") before it begins (" + validFrom + ")");
        }
        prices = Map.copyOf(prices);
        prices.forEach((tariff, price) -> {
            if (price < 0 || price > Pricing.MAX_PRICE_ORE) {
                throw new IllegalArgumentException("the price of " + tariff.label() + " must be from 0 to "
                        + Sek.format(Pricing.MAX_PRICE_ORE) + " SEK, got " + Sek.format(price));
            }
        });
    }

    /** Tells whether the prices apply on the day. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    /** Tells whether this list's period and the other's share a day. */
    public boolean overlaps(PriceList other) {
        return (validUntil == null || !other.validFrom.isAfter(validUntil))
                && (other.validUntil == null || !validFrom.isAfter(other.validUntil));
    }

    /**
     * Finds the tariff that prices care of the kind and code: the code's own price if the list has
     * one, otherwise the kind's price for any code, otherwise none.
     */
    public Optional<Tariff> tariffFor(CareKind kind, String code) {
        Tariff own = new Tariff(kind, code);
        if (prices.containsKey(own)) {
            return Optional.of(own);
        }
        Tariff any = Tariff.anyCode(kind);
        return prices.containsKey(any) ? Optional.of(any) : Optional.empty();
    }

    /** Returns the price of a tariff of this list, in öre. */
    public long priceOre(Tariff tariff) {
        Long price = prices.get(tariff);
        if (price == null) {
            throw new IllegalArgumentException("the price list " + period() + " has no price for " + tariff.label());
        }
        return price;
    }

    /** Returns the prices sorted by tariff. */
    public Map<Tariff, Long> sorted() {
        return new TreeMap<>(prices);
    }

    /** Returns the period in words: {@code 2025-01-01–2025-12-31} or {@code from 2026-01-01}. */
    public String period() {
        return validUntil == null ? "from " + validFrom : validFrom + "–" + validUntil;
    }
}
