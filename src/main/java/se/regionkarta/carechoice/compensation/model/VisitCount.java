package se.regionkarta.carechoice.compensation.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The number of visits a provider had on a day, by patients listed with it or by others; counts
 * only, never who the patients were.
 */
public record VisitCount(String scheme, String provider, LocalDate date, Patient patient, int visits) {

    /** The most visits a row may count. */
    public static final int MAX_VISITS = 1_000_000;

    public VisitCount {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(patient, "patient");
        if (visits < 1 || visits > MAX_VISITS) {
            throw new IllegalArgumentException("a number of visits must be from 1 to " + MAX_VISITS + ", got " + visits);
        }
    }

    /**
     * Whose visit it was. SKR describes regions that pay little or nothing for visits by a
     * provider's own listed patients and more for patients listed elsewhere or not listed.
     */
    public enum Patient {
        LISTED("listed"),
        OTHER("other");

        private final String code;

        Patient(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<Patient> parse(String text) {
            for (Patient p : values()) {
                if (p.code.equals(text)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
    }
}
