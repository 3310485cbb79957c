package se.regionkarta.carechoice.compensation;

import java.time.LocalDate;
import se.regionkarta.fastcsv.DateBytes;

/**
 * Days as whole numbers (days since 1970-01-01, as {@link LocalDate#toEpochDay}), so that the
 * days a listing and a month share are one subtraction. Parsed straight from the ten bytes
 * {@code YYYY-MM-DD}. Not the settlement's packed dates, which give months, not spans of days.
 */
final class EpochDays {

    /** Returned for bytes that are not a day. */
    static final int INVALID = Integer.MIN_VALUE;
    /** The end of a listing or provider that lasts until further notice. */
    static final int OPEN_END = Integer.MAX_VALUE;
    /** The beginning of a provider open since before any day asked about. */
    static final int OPEN_START = Integer.MIN_VALUE + 1;

    private EpochDays() {
    }

    /** Parses {@code YYYY-MM-DD} (years 1000–9999) from {@code bytes[from, to)}, or returns {@link #INVALID}. */
    static int parse(byte[] b, int from, int to) {
        int day = DateBytes.parse(b, from, to, 1000);
        return day == DateBytes.INVALID ? INVALID : of(DateBytes.year(day), DateBytes.month(day), DateBytes.day(day));
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
}
