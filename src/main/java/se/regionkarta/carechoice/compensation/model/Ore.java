package se.regionkarta.carechoice.compensation.model;

import se.regionkarta.exact.ExactDecimal;
import se.regionkarta.exact.OreText;

/**
 * Reads and writes amounts of money, kept everywhere as whole öre in a {@code long} and never as a
 * floating-point number (0.1 SEK has no exact binary fraction), and exact decimals such as the
 * care need index, kept as whole units of their last decimal.
 */
public final class Ore {

    /** The largest amount a model may state: 99 999 999.99 SEK. */
    public static final long MAX_MODEL_AMOUNT = 9_999_999_999L;

    private Ore() {
    }

    /**
     * Reads an amount in SEK with at most two decimals ({@code 3528}, {@code 3528.5}, {@code 3528.50})
     * as öre.
     *
     * @throws IllegalArgumentException naming {@code what} if the text is not such an amount
     */
    public static long parseSek(String text, String what) {
        return parseDecimal(text, 2, 8, what + " (SEK)");
    }

    /**
     * Reads {@code digits[.decimals]} with at most {@code scale} decimals and {@code maxIntegerDigits}
     * digits before the point, as a whole number of 10^-scale units.
     */
    public static long parseDecimal(String text, int scale, int maxIntegerDigits, String what) {
        return ExactDecimal.parse(text, scale, maxIntegerDigits, what, "must be");
    }

    /** Writes öre as SEK with two decimals and no grouping: 123450 is {@code 1234.50}. */
    public static String sek(long ore) {
        return OreText.sek(ore);
    }

    /** Writes öre as SEK with two decimals and thousands grouped by spaces: {@code 1 234.50}. */
    public static String grouped(long ore) {
        return OreText.groupedSek(ore);
    }

    /** Groups the thousands of a whole number by spaces: {@code 12 345 678}. */
    public static String group(long n) {
        return OreText.groupThousands(n);
    }
}
