package se.regionkarta.carechoice.compensation.model;

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
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        int point = text.indexOf('.');
        String whole = point < 0 ? text : text.substring(0, point);
        String fraction = point < 0 ? "" : text.substring(point + 1);
        if (whole.isEmpty() || whole.length() > maxIntegerDigits || !digits(whole)
                || (point >= 0 && (fraction.isEmpty() || fraction.length() > scale || !digits(fraction)))) {
            throw new IllegalArgumentException(what + " must be written with digits, a point and at most " + scale
                    + " decimals (at most " + maxIntegerDigits + " digits before the point), got '" + text + "'");
        }
        long value = Long.parseLong(whole);
        for (int i = 0; i < scale; i++) {
            value = value * 10 + (i < fraction.length() ? fraction.charAt(i) - '0' : 0);
        }
        return value;
    }

    /** Writes öre as SEK with two decimals and no grouping: 123450 is {@code 1234.50}. */
    public static String sek(long ore) {
        String sign = ore < 0 ? "-" : "";
        long abs = Math.abs(ore);
        return sign + abs / 100 + "." + (abs % 100 < 10 ? "0" : "") + abs % 100;
    }

    /** Writes öre as SEK with two decimals and thousands grouped by spaces: {@code 1 234.50}. */
    public static String grouped(long ore) {
        String plain = sek(ore);
        int point = plain.indexOf('.');
        return group(plain.substring(0, point)) + plain.substring(point);
    }

    /** Groups the thousands of a whole number by spaces: {@code 12 345 678}. */
    public static String group(long n) {
        return group(Long.toString(n));
    }

    private static String group(String digits) {
        int start = digits.startsWith("-") ? 1 : 0;
        StringBuilder out = new StringBuilder();
        for (int i = start; i < digits.length(); i++) {
            if (i > start && (digits.length() - i) % 3 == 0) {
                out.append(' ');
            }
            out.append(digits.charAt(i));
        }
        return (start == 1 ? "-" : "") + out;
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
