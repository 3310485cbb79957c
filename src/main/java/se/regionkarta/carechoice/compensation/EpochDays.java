package se.regionkarta.carechoice.compensation;

import java.time.LocalDate;

/**
 * Days as whole numbers (days since 1970-01-01, as {@link LocalDate#toEpochDay}), so that the
 * days a listing and a month share are one subtraction. Parsed straight from the ten bytes
 * {@code YYYY-MM-DD}.
 */
final class EpochDays {

    /** Returned for bytes that are not a day. */
    static final int INVALID = Integer.MIN_VALUE;
    /** The end of a listing or provider that lasts until further notice. */
    static final int OPEN_END = Integer.MAX_VALUE;
    /** The beginning of a provider open since before any day asked about. */
    static final int OPEN_START = Integer.MIN_VALUE + 1;

    private static final int[] DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private EpochDays() {
    }

    /** Parses {@code YYYY-MM-DD} (years 1000–9999) from {@code bytes[from, to)}, or returns {@link #INVALID}. */
    static int parse(byte[] b, int from, int to) {
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
        if (year < 1000 || month < 1 || month > 12 || day < 1) {
            return INVALID;
        }
        int length = month == 2 && leap(year) ? 29 : DAYS[month - 1];
        return day > length ? INVALID : of(year, month, day);
    }

    /** Returns the epoch day of a date, by the civil calendar (H. Hinnant's days_from_civil). */
    static int of(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yoe = y - era * 400;
        int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    static int of(LocalDate date) {
        return (int) date.toEpochDay();
    }

    /** Returns the epoch day of 1 January of the year. */
    static int firstOfYear(int year) {
        return of(year, 1, 1);
    }

    static LocalDate date(int epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }

    private static boolean leap(int year) {
        return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    }
}
