package se.regionkarta.carechoice.compensation.model;

/**
 * One line of a provider's payment for a month: the capitation of one age band (and sex, where the
 * model pays the sexes differently), the fixed amount, or the visits of one kind of patient.
 *
 * @param band the age band of a capitation line, else null
 * @param sex the sex of a capitation line of a band paid by sex, else null
 * @param quantity person-days listed (capitation), days open (fixed) or visits
 */
public record PaymentLine(Kind kind, AgeBand band, Sex sex, long quantity, long amountOre) {

    /** What a line pays for. */
    public enum Kind {
        CAPITATION("capitation", "person-days"),
        FIXED("fixed amount", "days open"),
        VISIT_LISTED("visits, listed patients", "visits"),
        VISIT_OTHER("visits, other patients", "visits");

        private final String label;
        private final String unit;

        Kind(String label, String unit) {
            this.label = label;
            this.unit = unit;
        }

        public String label() {
            return label;
        }

        /** Returns what the quantity counts. */
        public String unit() {
            return unit;
        }
    }

    /** Returns the line as a report names it, e.g. {@code capitation 20–44 F}. */
    public String label() {
        if (kind != Kind.CAPITATION) {
            return kind.label();
        }
        return kind.label() + " " + band.label() + (sex == null ? "" : " " + sex.code());
    }
}
