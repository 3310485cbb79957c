package se.regionkarta.cooperation.settlement;

import java.util.Arrays;
import se.regionkarta.cooperation.settlement.model.CareKind;

/** Reads the kind, the quantity and the unit of an event straight from the bytes of its fields. */
final class EventFields {

    private static final int VISIT = CareKind.VISIT.ordinal();
    private static final int DAY = CareKind.DAY.ordinal();
    private static final int DRG = CareKind.DRG.ordinal();

    private EventFields() {
    }

    /** Returns the ordinal of the kind {@code visit}, {@code day} or {@code drg} spelt by the bytes, or -1. */
    static int kind(byte[] b, int from, int to) {
        int n = to - from;
        if (n == 5 && b[from] == 'v' && b[from + 1] == 'i' && b[from + 2] == 's' && b[from + 3] == 'i' && b[from + 4] == 't') {
            return VISIT;
        }
        if (n == 3 && b[from] == 'd') {
            if (b[from + 1] == 'a' && b[from + 2] == 'y') {
                return DAY;
            }
            if (b[from + 1] == 'r' && b[from + 2] == 'g') {
                return DRG;
            }
        }
        return -1;
    }

    /** Reads a weight of at most 999.9999 points with up to four decimals as ten-thousandths, or returns 0. */
    static int points(byte[] b, int from, int to) {
        int value = 0;
        int i = from;
        for (; i < to && b[i] != '.'; i++) {
            int digit = b[i] - '0';
            if (digit < 0 || digit > 9 || i - from >= 3) {
                return 0;
            }
            value = value * 10 + digit;
        }
        if (i == from) {
            return 0;
        }
        int decimals = 0;
        if (i < to) {
            for (i++; i < to; i++, decimals++) {
                int digit = b[i] - '0';
                if (digit < 0 || digit > 9 || decimals == 4) {
                    return 0;
                }
                value = value * 10 + digit;
            }
            if (decimals == 0) {
                return 0;
            }
        }
        for (; decimals < 4; decimals++) {
            value *= 10;
        }
        return value;
    }

    /** Tells whether the unit id is the region's id or begins with it and a dot. */
    static boolean inRegion(byte[] b, int from, int to, byte[] region) {
        int n = region.length;
        return to - from >= n && Arrays.equals(b, from, from + n, region, 0, n) && (to - from == n || b[from + n] == '.');
    }
}
