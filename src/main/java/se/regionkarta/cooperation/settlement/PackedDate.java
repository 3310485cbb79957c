package se.regionkarta.cooperation.settlement;

import java.time.LocalDate;
import java.time.YearMonth;
import se.regionkarta.fastcsv.DateBytes;

/**
 * A date as one int that keeps date order and gives its month by a shift:
 * {@code (year × 12 + month − 1) × 32 + day}. Parsed straight from the ten bytes {@code YYYY-MM-DD}.
 * Not the care-choice engine's epoch days: the settlement sums by month, which this gives by a shift.
 */
final class PackedDate {

    /** Returned for bytes that are not a valid date. */
    static final int INVALID = -1;

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
        int day = DateBytes.parse(b, from, to, 1);
        return day == DateBytes.INVALID ? INVALID : pack(DateBytes.year(day), DateBytes.month(day), DateBytes.day(day));
    }
}
