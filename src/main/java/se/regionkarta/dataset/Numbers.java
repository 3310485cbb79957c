package se.regionkarta.dataset;

import java.math.BigDecimal;

/**
 * The numbers data files may hold, and how a refused one is shown. Kept apart from {@link Entry}
 * because the limits are a rule of their own (docs/data-format.md, "Numbers").
 */
final class Numbers {

    /**
     * The most digits a figure may have, before and after the point together: what a double, and so
     * a number in the JSON API as a browser reads it, holds exactly.
     */
    static final int MAX_DIGITS = 15;

    /** A number as written in a CSV cell or YAML text: digits, a point, an exponent. */
    private static final String NUMBER = "[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?";
    /** YAML also lets digits be grouped with underscores (1_000). */
    private static final String YAML_NUMBER = "[-+]?[0-9_]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?";

    private Numbers() {
    }

    /** Tells whether a YAML value the parser kept as text is written as a number, however large. */
    static boolean looksLikeYamlNumber(String text) {
        return text.matches(YAML_NUMBER);
    }

    /**
     * Returns the figure a text gives, or null when it is a number out of range.
     *
     * @throws NumberFormatException when the text is not written as a number at all
     */
    static BigDecimal figure(String text) {
        if (text.length() > 4 * MAX_DIGITS) { // out of range however written; BigDecimal would still try
            if (text.matches(NUMBER)) {
                return null;
            }
            throw new NumberFormatException(text);
        }
        BigDecimal number;
        try {
            number = new BigDecimal(text);
        } catch (NumberFormatException e) {
            if (text.matches(NUMBER)) {
                return null; // an exponent beyond what BigDecimal holds: 1e9999999999
            }
            throw e;
        }
        // 1e999999999 is a valid BigDecimal, but it would be written out as a billion digits
        return digits(number) <= MAX_DIGITS ? number : null;
    }

    /** Returns how many digits the number has when written out plainly, leading and trailing zeros left out. */
    private static long digits(BigDecimal number) {
        BigDecimal n = number.stripTrailingZeros();
        long whole = Math.max((long) n.precision() - n.scale(), 0);
        long fraction = Math.max(n.scale(), 0);
        return whole + fraction;
    }

    /** Returns a value for a message: a long one cut short, with its length, so that the message stays one line. */
    static String shown(String text) {
        return text.length() <= 40 ? text : text.substring(0, 20) + "… (" + text.length() + " characters)";
    }
}
