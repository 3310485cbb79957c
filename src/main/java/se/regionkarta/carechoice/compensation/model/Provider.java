package se.regionkarta.carechoice.compensation.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import se.regionkarta.registry.model.Ownership;

/**
 * A provider unit in a care-choice scheme (a health centre, a dental clinic) and the days it is in
 * the scheme. It is paid only for the days it is open: a unit that opens or closes during a month
 * gets capitation for its listed residents on those days and the fixed amount pro rata.
 *
 * @param ownership region-run or private; null when not known
 * @param validFrom the first day in the scheme, or null for "since before any day asked about"
 * @param validUntil the last day in the scheme, or null while it stays
 */
public record Provider(String id, String scheme, Ownership ownership, LocalDate validFrom, LocalDate validUntil) {

    public Provider {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scheme, "scheme");
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("a provider cannot close (" + validUntil + ") before it opens (" + validFrom + ")");
        }
    }

    /** Returns a provider of the scheme that is open every day. */
    public static Provider always(String id, String scheme) {
        return new Provider(id, scheme, null, null, null);
    }

    /** Tells whether the provider is open on the day. */
    public boolean isOpen(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || !day.isAfter(validUntil));
    }

    /** Returns the number of days of the month the provider is open. */
    public int openDays(YearMonth month) {
        LocalDate first = validFrom == null || validFrom.isBefore(month.atDay(1)) ? month.atDay(1) : validFrom;
        LocalDate last = validUntil == null || validUntil.isAfter(month.atEndOfMonth()) ? month.atEndOfMonth() : validUntil;
        return last.isBefore(first) ? 0 : (int) (last.toEpochDay() - first.toEpochDay() + 1);
    }
}
