package se.regionkarta.fastcsv;

/**
 * Reads a day written {@code YYYY-MM-DD} straight from its ten bytes, checked against the calendar.
 * Each engine turns the year, month and day into its own form of a day (one packed for months, one
 * counted in days), so the result is the three numbers packed: {@code year << 9 | month << 5 | day}.
 */
public final class DateBytes {

    /** Returned for bytes that are not a valid day. */
    public static final int INVALID = -1;

    private static final int[] DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private DateBytes() {
    }

    /**
     * Parses {@code YYYY-MM-DD} with a year from {@code minYear} to 9999 from {@code b[from, to)};
     * returns {@code year << 9 | month << 5 | day}, or {@link #INVALID}.
     */
    public static int parse(byte[] b, int from, int to, int minYear) {
        if (to - from != 10 || b[from + 4] != '-' || b[from + 7] != '-') {
            return INVALID;
        }
        int y1 = b[from] - '0';
        int y2 = b[from + 1] - '0';
        int y3 = b[from + 2] - '0';
        int y4 = b[from + 3] - '0';
        int m1 = b[from + 5] - '0';
        int m2 = b[from + 6] - '0';
        int d1 = b[from + 8] - '0';
        int d2 = b[from + 9] - '0';
        // every digit is 0–9 exactly when neither d nor 9 − d is negative: one test for all eight
        if ((y1 | y2 | y3 | y4 | m1 | m2 | d1 | d2 | 9 - y1 | 9 - y2 | 9 - y3 | 9 - y4 | 9 - m1 | 9 - m2 | 9 - d1 | 9 - d2) < 0) {
            return INVALID;
        }
        int year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
        int month = m1 * 10 + m2;
        int day = d1 * 10 + d2;
        if (year < minYear || month < 1 || month > 12 || day < 1) {
            return INVALID;
        }
        int length = month == 2 && leap(year) ? 29 : DAYS[month - 1];
        return day > length ? INVALID : year << 9 | month << 5 | day;
    }

    /** Returns the year of a result of {@link #parse}. */
    public static int year(int parsed) {
        return parsed >>> 9;
    }

    /** Returns the month (1–12) of a result of {@link #parse}. */
    public static int month(int parsed) {
        return parsed >>> 5 & 15;
    }

    /** Returns the day of the month of a result of {@link #parse}. */
    public static int day(int parsed) {
        return parsed & 31;
    }

    private static boolean leap(int year) {
        return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    }
}
