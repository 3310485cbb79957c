package se.regionkarta.cooperation.settlement.model;

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
        String sign = ore < 0 ? "-" : "";
        long abs = Math.abs(ore);
        return sign + abs / 100 + "." + (abs % 100 < 10 ? "0" : "") + abs % 100;
    }

    /** Writes öre as SEK with two decimals and the thousands grouped by spaces: {@code 1 234.50}. */
    public static String formatGrouped(long ore) {
        String plain = format(ore);
        int point = plain.indexOf('.');
        int start = plain.startsWith("-") ? 1 : 0;
        StringBuilder out = new StringBuilder(plain.substring(point));
        for (int i = point - 1, n = 0; i >= start; i--, n++) {
            if (n > 0 && n % 3 == 0) {
                out.insert(0, ' ');
            }
            out.insert(0, plain.charAt(i));
        }
        return (start == 1 ? "-" : "") + out;
    }

    /**
     * Reads an amount in SEK written with at most two decimals ({@code 1234}, {@code 1234.5},
     * {@code 1234.50}) as öre.
     *
     * @throws IllegalArgumentException if the text is not such an amount
     */
    public static long parse(String text) {
        return Decimals.parse(text, 2, 13, "an amount in SEK");
    }
}
