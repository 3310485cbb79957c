package se.regionkarta.cooperation.settlement.model;

import se.regionkarta.exact.ExactDecimal;
import se.regionkarta.exact.OreText;

/**
 * Writes and reads amounts of money, which the settlement keeps as whole öre in a {@code long}
 * (never a float: 0.1 SEK has no exact binary fraction).
 */
public final class Sek {

    /** The largest amount {@link #parse} accepts: just under ten thousand billion SEK, in öre. */
    public static final long MAX_ORE = 999_999_999_999_999L;

    private Sek() {
    }

    /** Writes öre as SEK with two decimals and no grouping: 123450 is {@code 1234.50}. */
    public static String format(long ore) {
        return OreText.sek(ore);
    }

    /** Writes öre as SEK with two decimals and the thousands grouped by spaces: {@code 1 234.50}. */
    public static String formatGrouped(long ore) {
        return OreText.groupedSek(ore);
    }

    /**
     * Reads an amount in SEK written with at most two decimals ({@code 1234}, {@code 1234.5},
     * {@code 1234.50}) as öre.
     *
     * @throws IllegalArgumentException if the text is not such an amount
     */
    public static long parse(String text) {
        return ExactDecimal.parse(text, 2, 13, "an amount in SEK", "is");
    }
}
