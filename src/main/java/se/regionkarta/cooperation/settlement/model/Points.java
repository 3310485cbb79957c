package se.regionkarta.cooperation.settlement.model;

import se.regionkarta.exact.ExactDecimal;

/** Writes and reads DRG weights, kept as whole ten-thousandths of a point so that no float is needed. */
public final class Points {

    /** Ten-thousandths per point. */
    public static final long SCALE = 10_000;

    private Points() {
    }

    /** Writes ten-thousandths as points with four decimals: 12345 is {@code 1.2345}. */
    public static String format(long tenThousandths) {
        String sign = tenThousandths < 0 ? "-" : "";
        long abs = Math.abs(tenThousandths);
        return sign + abs / SCALE + "." + String.format("%04d", abs % SCALE);
    }

    /**
     * Reads a weight written with up to four decimals ({@code 1.2345}, {@code 0.5}, {@code 3}) as
     * ten-thousandths.
     *
     * @throws IllegalArgumentException if the text is not such a number
     */
    public static long parse(String text) {
        return ExactDecimal.parse(text, 4, 7, "a DRG weight", "is");
    }
}
