package se.regionkarta.input;

import java.time.LocalDate;
import se.regionkarta.provenance.model.PartialDate;

/**
 * Reads the days people give: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, a year or month
 * standing for its first day. The one parser behind every "as of", "from" and "to" on the command
 * line, in the API and on the site.
 */
public final class Days {

    private Days() {
    }

    /**
     * Returns the day a text names.
     *
     * @param field the option or parameter it was given to, named in the refusal
     * @throws BadInput when the text is not such a date
     */
    public static LocalDate parse(String text, String field) {
        try {
            return PartialDate.parse(text.strip()).firstDay();
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw BadInput.field(field, e.getMessage());
        }
    }
}
