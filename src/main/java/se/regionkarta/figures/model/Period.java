package se.regionkarta.figures.model;

import java.util.Objects;
import se.regionkarta.provenance.model.PartialDate;

/**
 * What time a key figure covers.
 *
 * <p>A flow ("650 visits a day", "475 000 visits in 2024") has a {@link Frequency}; a stock
 * ("about 900 employees") has none. {@code year} names the year the figure belongs to, when the
 * source gives one: "under 2024" is a yearly flow in 2024, "(2024)" after a monthly figure is a
 * monthly average in 2024.
 *
 * @param per the length of time a flow is counted over, or null for a stock
 * @param year the year the figure belongs to, or null when the source gives none
 */
public record Period(Frequency per, Integer year) {

    public Period {
        if (year != null && (year < 1000 || year > 9999)) {
            throw new IllegalArgumentException("a year has four digits, got " + year);
        }
    }

    public static final Period STOCK = new Period(null, null);

    /** Parses {@code day}, {@code week}, {@code month}, {@code year} or {@code stock}, optionally followed by {@code :YYYY}. */
    public static Period parse(String text) {
        Objects.requireNonNull(text, "period");
        String[] parts = text.strip().split(":", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("a period is written like 'year', 'day' or 'year:2024', got '" + text + "'");
        }
        Frequency per = parts[0].equals("stock") ? null : Frequency.parse(parts[0]);
        Integer year = null;
        if (parts.length == 2) {
            if (!parts[1].matches("\\d{4}")) {
                throw new IllegalArgumentException("the year of a period has four digits, got '" + parts[1] + "'");
            }
            year = Integer.parseInt(parts[1]);
        }
        return new Period(per, year);
    }

    /** Returns the year as a partial date, or null. */
    public PartialDate yearDate() {
        return year == null ? null : PartialDate.ofYear(year);
    }

    @Override
    public String toString() {
        return (per == null ? "stock" : per.name().toLowerCase()) + (year == null ? "" : ":" + year);
    }

    /** How long a flow is counted over. */
    public enum Frequency {
        DAY("per dag", "per day"),
        WEEK("per vecka", "per week"),
        MONTH("per månad", "per month"),
        YEAR("per år", "per year");

        private final String swedish;
        private final String english;

        Frequency(String swedish, String english) {
            this.swedish = swedish;
            this.english = english;
        }

        static Frequency parse(String text) {
            for (Frequency f : values()) {
                if (f.name().equalsIgnoreCase(text)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("a period is day, week, month, year or stock, got '" + text + "'");
        }

        public String swedish() {
            return swedish;
        }

        public String english() {
            return english;
        }
    }
}
