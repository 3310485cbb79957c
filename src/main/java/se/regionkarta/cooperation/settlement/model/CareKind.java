package se.regionkarta.cooperation.settlement.model;

import java.util.Optional;

/**
 * The kinds of care a price list prices, each with what its quantity counts. The quantity of an
 * event is a whole number in every kind: visits, days, or DRG points in ten-thousandths.
 */
public enum CareKind {
    /** An outpatient visit (öppenvårdsbesök); the quantity counts visits, the price is per visit. */
    VISIT("visit", "visits", 99_999),
    /** A day of inpatient care (vårddygn); the quantity counts days, the price is per day. */
    DAY("day", "days", 99_999),
    /**
     * An episode grouped into a DRG (diagnosis-related group); the quantity is its DRG weight in
     * ten-thousandths of a point (1.2345 points is 12 345), the price is per point.
     */
    DRG("drg", "points", 9_999_999);

    private final String code;
    private final String unit;
    private final long maxQuantity;

    CareKind(String code, String unit, long maxQuantity) {
        this.code = code;
        this.unit = unit;
        this.maxQuantity = maxQuantity;
    }

    /** Returns the kind's name in the CSV files: {@code visit}, {@code day} or {@code drg}. */
    public String code() {
        return code;
    }

    /** Returns what the quantity counts, in words. */
    public String unit() {
        return unit;
    }

    /** Tells whether the price is per DRG point, so that the amount must be rounded to whole öre. */
    public boolean perPoint() {
        return this == DRG;
    }

    /** Returns the largest quantity one event may carry (99 999 visits or days; 999.9999 points). */
    public long maxQuantity() {
        return maxQuantity;
    }

    /** Writes a quantity of this kind as text: {@code 3} visits, {@code 1.2345} points. */
    public String formatQuantity(long quantity) {
        return perPoint() ? Points.format(quantity) : Long.toString(quantity);
    }

    /** Finds the kind with the given CSV name. */
    public static Optional<CareKind> parse(String code) {
        for (CareKind kind : values()) {
            if (kind.code.equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
