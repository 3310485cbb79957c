package se.regionkarta.provenance.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A calendar date known to a year, a month or a day.
 *
 * <p>Sources often say only "2019" or "June 2024". A partial date keeps that precision instead of
 * inventing a day, and answers the two questions an interval needs: the first and the last day it
 * may stand for.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    public PartialDate {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year must have four digits, got " + year);
        }
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month must be 1–12, got " + month);
        }
        if (day != null && (day < 1 || day > YearMonth.of(year, month).lengthOfMonth())) {
            throw new IllegalArgumentException("no such day: " + year + "-" + month + "-" + day);
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, null, null);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    public static PartialDate parse(String text) {
        Objects.requireNonNull(text, "date");
        String t = text.strip();
        try {
            if (t.matches("\\d{4}")) {
                return ofYear(Integer.parseInt(t));
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(t);
                return new PartialDate(ym.getYear(), ym.getMonthValue(), null);
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return of(LocalDate.parse(t));
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a valid date: '" + text + "'");
        }
        throw new IllegalArgumentException("a date is written YYYY, YYYY-MM or YYYY-MM-DD, got '" + text + "'");
    }

    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    /** Returns the earliest day this date may stand for. */
    public LocalDate firstDay() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** Returns the latest day this date may stand for. */
    public LocalDate lastDay() {
        if (day != null) {
            return LocalDate.of(year, month, day);
        }
        YearMonth ym = YearMonth.of(year, month == null ? 12 : month);
        return ym.atEndOfMonth();
    }

    /** Returns the period just before this one at the same precision: the day, month or year before. */
    public PartialDate previous() {
        return switch (precision()) {
            case YEAR -> ofYear(year - 1);
            case MONTH -> {
                YearMonth ym = YearMonth.of(year, month).minusMonths(1);
                yield new PartialDate(ym.getYear(), ym.getMonthValue(), null);
            }
            case DAY -> of(firstDay().minusDays(1));
        };
    }

    /** Returns the period just after this one at the same precision: the day, month or year after. */
    public PartialDate next() {
        return switch (precision()) {
            case YEAR -> ofYear(year + 1);
            case MONTH -> {
                YearMonth ym = YearMonth.of(year, month).plusMonths(1);
                yield new PartialDate(ym.getYear(), ym.getMonthValue(), null);
            }
            case DAY -> of(firstDay().plusDays(1));
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        int c = firstDay().compareTo(other.firstDay());
        return c != 0 ? c : lastDay().compareTo(other.lastDay());
    }

    @Override
    public String toString() {
        return switch (precision()) {
            case YEAR -> String.valueOf(year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }

    /** How much of a date is known. */
    public enum Precision { YEAR, MONTH, DAY }
}
