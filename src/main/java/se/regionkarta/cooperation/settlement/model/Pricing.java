package se.regionkarta.cooperation.settlement.model;

/**
 * Prices one care event. This is the only rounding in the whole settlement:
 * <ul>
 *   <li>a visit or a day costs quantity × price, which is exact in öre;</li>
 *   <li>a DRG episode costs weight × price per point; the weight has four decimals, so the product
 *   has fractions of an öre and is rounded <b>half up to whole öre, once per event</b>
 *   (0.5 öre and more up, less than 0.5 öre down). Amounts are never negative, so half up and
 *   half away from zero (SQL's {@code ROUND}) agree.</li>
 * </ul>
 * Sums of events, months and region pairs are then exact sums of whole öre. Rounding per event
 * rather than per line keeps an event's amount independent of which other events share its month,
 * so moving an event within its month, or splitting a file, never changes a total.
 */
public final class Pricing {

    /** The highest price a price list may hold: 99 999 999.99 SEK, in öre. */
    public static final long MAX_PRICE_ORE = 9_999_999_999L;

    private Pricing() {
    }

    /**
     * Returns the amount in öre for a quantity of the kind at the price. With the limits of
     * {@link CareKind#maxQuantity()} and {@link #MAX_PRICE_ORE} the product stays below 10^17, far
     * inside a {@code long}.
     */
    public static long amountOre(CareKind kind, long quantity, long priceOre) {
        return kind.perPoint() ? pointsAmount(quantity, priceOre) : quantity * priceOre;
    }

    /** Returns weight (ten-thousandths) × price per point, rounded half up to whole öre. */
    public static long pointsAmount(long tenThousandths, long priceOre) {
        return (tenThousandths * priceOre + Points.SCALE / 2) / Points.SCALE;
    }
}
