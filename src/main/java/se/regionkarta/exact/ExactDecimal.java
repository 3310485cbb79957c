package se.regionkarta.exact;

/** Reads unsigned decimal numbers exactly into whole units of their smallest decimal, never through a float. */
public final class ExactDecimal {

    private ExactDecimal() {
    }

    /**
     * Reads {@code digits[.decimals]} with at most {@code scale} decimals and {@code maxIntegerDigits}
     * digits before the point, as a whole number of 10^-scale units.
     *
     * @param what the value, for the message: {@code "a DRG weight"}
     * @param verb how the message states the rule, {@code "is"} or {@code "must be"} (each engine keeps its wording)
     * @throws IllegalArgumentException if the text is missing or not such a number
     */
    public static long parse(String text, int scale, int maxIntegerDigits, String what, String verb) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        int point = text.indexOf('.');
        String whole = point < 0 ? text : text.substring(0, point);
        String fraction = point < 0 ? "" : text.substring(point + 1);
        if (whole.isEmpty() || whole.length() > maxIntegerDigits || !digits(whole)
                || (point >= 0 && (fraction.isEmpty() || fraction.length() > scale || !digits(fraction)))) {
            throw new IllegalArgumentException(what + " " + verb + " written with digits, a point and at most " + scale
                    + " decimals (at most " + maxIntegerDigits + " digits before the point), got '" + text + "'");
        }
        long value = Long.parseLong(whole);
        for (int i = 0; i < scale; i++) {
            value = value * 10 + (i < fraction.length() ? fraction.charAt(i) - '0' : 0);
        }
        return value;
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
