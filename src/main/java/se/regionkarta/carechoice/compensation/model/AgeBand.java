package se.regionkarta.carechoice.compensation.model;

/**
 * An age band of a model version and its capitation: the yearly amount paid for a person of these
 * ages listed with a provider, the same for both sexes or one amount for each.
 *
 * @param from the youngest age in the band
 * @param to the oldest age in the band, or null for "and older"
 * @param femaleOre the amount per year in öre for a woman (for both sexes unless {@code bySex})
 * @param maleOre the amount per year in öre for a man
 * @param bySex whether the model gives the sexes different amounts in this band
 */
public record AgeBand(int from, Integer to, long femaleOre, long maleOre, boolean bySex) {

    /** The oldest age any band can reach; a resident older than this is counted in an open band only. */
    public static final int MAX_AGE = 150;

    public AgeBand {
        if (from < 0 || from > MAX_AGE || (to != null && (to < from || to > MAX_AGE))) {
            throw new IllegalArgumentException("an age band runs from an age of 0–" + MAX_AGE + " to the same age or older, got "
                    + from + "–" + (to == null ? "" : to));
        }
        checkAmount(femaleOre);
        checkAmount(maleOre);
        if (!bySex && femaleOre != maleOre) {
            throw new IllegalArgumentException("a band with one amount for both sexes cannot have two amounts");
        }
    }

    /** Returns a band with one amount for both sexes. */
    public static AgeBand of(int from, Integer to, long ore) {
        return new AgeBand(from, to, ore, ore, false);
    }

    /** Returns a band with one amount for women and one for men. */
    public static AgeBand bySex(int from, Integer to, long femaleOre, long maleOre) {
        return new AgeBand(from, to, femaleOre, maleOre, true);
    }

    /** Tells whether a person of this age is in the band. */
    public boolean contains(int age) {
        return age >= from && (to == null || age <= to);
    }

    /** Returns the yearly amount for a person of this sex. */
    public long amount(Sex sex) {
        return sex == Sex.MALE ? maleOre : femaleOre;
    }

    /** Returns the band as written in tables: {@code 0}, {@code 1–4}, {@code 85+}. */
    public String label() {
        if (to == null) {
            return from + "+";
        }
        return to == from ? Integer.toString(from) : from + "–" + to;
    }

    private static void checkAmount(long ore) {
        if (ore < 0 || ore > Ore.MAX_MODEL_AMOUNT) {
            throw new IllegalArgumentException("a capitation must be from 0 to " + Ore.sek(Ore.MAX_MODEL_AMOUNT) + " SEK a year");
        }
    }
}
