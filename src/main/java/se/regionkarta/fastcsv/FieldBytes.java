package se.regionkarta.fastcsv;

import java.nio.charset.StandardCharsets;

/** Reads small values of a CSV field from its bytes, and shows a field in a message. */
public final class FieldBytes {

    private FieldBytes() {
    }

    /** Reads a whole number of 1 to {@code maxDigits} digits (at most 9), or returns -1. */
    public static int digits(byte[] b, int from, int to, int maxDigits) {
        int n = to - from;
        if (n < 1 || n > maxDigits) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    /** Returns the field as text for a message, cut at 80 characters. */
    public static String text(byte[] b, int from, int to) {
        String s = new String(b, from, Math.min(to - from, 80), StandardCharsets.UTF_8);
        return to - from > 80 ? s + "…" : s;
    }
}
