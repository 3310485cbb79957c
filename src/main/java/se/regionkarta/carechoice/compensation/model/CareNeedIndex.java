package se.regionkarta.carechoice.compensation.model;

/**
 * The care need index (CNI, Care Need Index) of a home area: a socioeconomic factor by which a
 * model may weight the capitation of the residents living there, 1.0000 being the average need.
 * Kept exactly, as whole ten-thousandths: {@code 1.0734} is 10 734.
 *
 * @param tenThousandths the index × 10 000, from 1 (0.0001) to 999 999 (99.9999)
 */
public record CareNeedIndex(int tenThousandths) {

    /** The index of an area of average need, and the weight of every resident when a model uses no index. */
    public static final CareNeedIndex AVERAGE = new CareNeedIndex(10_000);
    /** One whole index point in ten-thousandths. */
    public static final int SCALE = 10_000;

    public CareNeedIndex {
        if (tenThousandths < 1 || tenThousandths > 999_999) {
            throw new IllegalArgumentException("a care need index must be above 0 and at most 99.9999, got "
                    + tenThousandths / 10_000.0);
        }
    }

    /** Reads an index written with at most four decimals, e.g. {@code 1.0734}. */
    public static CareNeedIndex parse(String text) {
        long value = Ore.parseDecimal(text, 4, 2, "the care need index");
        if (value < 1) {
            throw new IllegalArgumentException("the care need index must be above 0, got '" + text + "'");
        }
        return new CareNeedIndex((int) value);
    }

    /** Writes the index with four decimals. */
    @Override
    public String toString() {
        return tenThousandths / SCALE + "." + String.format("%04d", tenThousandths % SCALE);
    }
}
