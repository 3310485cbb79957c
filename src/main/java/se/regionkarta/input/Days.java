package se.regionkarta.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import se.regionkarta.provenance.model.PartialDate;

/**
 * Reads the dates people type, the same way on the command line, in the API and on the site: a day
 * is {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, a year or month standing for its first day;
 * a month is {@code YYYY-MM}; a moment is ISO 8601 with an offset or a day, meaning its first moment
 * in the given zone. The {@code read…} methods say only whether the text is such a date, so that each
 * face words its own refusal (the site in the page's language); the {@code parse…} methods refuse it
 * with a {@link BadInput} naming the field.
 */
public final class Days {

    private static final Pattern DAY = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern WHOLE_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Days() {
    }

    /** Returns the date a text names, kept at the precision it was written with, or empty when it is no such date. */
    public static Optional<PartialDate> readDate(String text) {
        String t = text.strip();
        if (!DAY.matcher(t).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PartialDate.parse(t));
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Returns the day a text names (a year or month: its first day), or empty when it is no such date. */
    public static Optional<LocalDate> readDay(String text) {
        return readDate(text).map(PartialDate::firstDay);
    }

    /** Returns the month a text names ({@code YYYY-MM}), or empty. */
    public static Optional<YearMonth> readMonth(String text) {
        String t = text.strip();
        if (!MONTH.matcher(t).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(t));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns the moment a text names: ISO 8601 with an offset ({@code 2026-11-26T06:00:00Z}), or a
     * day ({@code YYYY-MM-DD}) meaning its first moment in {@code zone}; empty when it is neither.
     */
    public static Optional<OffsetDateTime> readMoment(String text, ZoneId zone) {
        String t = text.strip();
        try {
            if (WHOLE_DAY.matcher(t).matches()) {
                return Optional.of(LocalDate.parse(t).atStartOfDay(zone).toOffsetDateTime());
            }
            return Optional.of(OffsetDateTime.parse(t));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns the day a text names.
     *
     * @param field the option or parameter it was given to, named in the refusal
     * @throws BadInput when the text is not such a date
     */
    public static LocalDate parse(String text, String field) {
        return readDay(text).orElseThrow(() -> BadInput.field(field, refusal(text)));
    }

    /** Returns the date a text names at its own precision, or refuses it naming the field. */
    public static PartialDate parseDate(String text, String field) {
        return readDate(text).orElseThrow(() -> BadInput.field(field, refusal(text)));
    }

    /** Returns the month a text names, or refuses it naming the field. */
    public static YearMonth parseMonth(String text, String field) {
        return readMonth(text).orElseThrow(() -> BadInput.field(field,
                "a month is written YYYY-MM, got '" + shown(text) + "'"));
    }

    /** Returns the moment a text names, or refuses it naming the field. */
    public static OffsetDateTime parseMoment(String text, String field, ZoneId zone) {
        return readMoment(text, zone).orElseThrow(() -> BadInput.field(field, "a moment is written as ISO 8601 with an "
                + "offset (2026-11-26T06:00:00Z) or as a day YYYY-MM-DD, got '" + shown(text) + "'"));
    }

    private static String refusal(String text) {
        String t = text.strip();
        return DAY.matcher(t).matches() ? "no such date: '" + t + "'"
                : "a date is written YYYY, YYYY-MM or YYYY-MM-DD, got '" + shown(t) + "'";
    }

    /**
     * Returns a typed text as a message shows it: at most 60 characters (cut between code points, never
     * inside a surrogate pair), and anything but printable ASCII as '?', so that a refusal never
     * carries control characters or a half character back to the person.
     */
    public static String shown(String value) {
        String v = value.codePointCount(0, value.length()) > 60 ? value.substring(0, value.offsetByCodePoints(0, 60)) + "..."
                : value;
        return v.codePoints().map(c -> c >= 0x20 && c < 0x7f ? c : '?')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
