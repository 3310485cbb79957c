package se.regionkarta.cooperation.settlement;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date as one int that keeps date order and gives its month by a shift:
 * {@code (year × 12 + month − 1) × 32 + day}. Parsed straight from the ten bytes {@code YYYY-MM-DD}.
 */
final class PackedDate {

    /** Returned for bytes that are not a valid date. */
    static final int INVALID = -1;

    private static final int[] DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private PackedDate() {
    }

    static int pack(int year, int month, int day) {
        return ((year * 12 + month - 1) << 5) | day;
    }

    static int pack(LocalDate date) {
        return pack(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Returns the month of a packed date as {@code year × 12 + month − 1}. */
    static int monthKey(int packed) {
        return packed >>> 5;
    }

    static int monthKey(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    static YearMonth month(int monthKey) {
        return YearMonth.of(monthKey / 12, monthKey % 12 + 1);
    }

    static LocalDate unpack(int packed) {
        int month = packed >>> 5;
        return LocalDate.of(month / 12, month % 12 + 1, packed & 31);
    }

    /** Parses {@code YYYY-MM-DD} (years 0001–9999) from {@code bytes[from, to)}, or returns {@link #INVALID}. */
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
        // every digit is 0–9 exactly when none of d and 9 − d is negative: one test instead of eight
        if ((y1 | y2 | y3 | y4 | m1 | m2 | d1 | d2 | 9 - y1 | 9 - y2 | 9 - y3 | 9 - y4 | 9 - m1 | 9 - m2 | 9 - d1 | 9 - d2) < 0) {
            return INVALID;
        }
        int year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
        int month = m1 * 10 + m2;
        int day = d1 * 10 + d2;
        if (year < 1 || month < 1 || month > 12 || day < 1) {
            return INVALID;
        }
        int length = month == 2 && leap(year) ? 29 : DAYS[month - 1];
        return day > length ? INVALID : pack(year, month, day);
    }

    private static boolean leap(int year) {
        return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    }
}
