package se.regionkarta.carechoice.compensation;

import java.util.SplittableRandom;

/**
 * The shape of Sweden's population by age and sex, for synthetic residents. The weights are
 * thousands of residents per five-year group, rounded, close to SCB's published population of the
 * early 2020s (about 10.5 million): a broad middle, the large cohorts born in the 1940s at 75–79,
 * fewer children since the birth rate fell, and a long tail past 90. They are chosen to give a
 * realistic shape, not quoted from a table; the generator needs the shape, not the exact numbers.
 * Within a group every age is equally likely. The generator and the site's example county share it.
 */
public final class AgePyramid {

    /** Thousands of residents aged 0–4, 5–9, …, 95–99, 100–104. */
    private static final int[] GROUPS = {555, 614, 634, 604, 577, 670, 716, 692, 662, 640, 672, 643, 593, 552, 541, 513, 321,
        167, 73, 20, 3};
    /** The share of men, in thousandths, in the same groups: slightly more boys, far more women among the oldest. */
    private static final int[] MEN = {513, 513, 513, 514, 515, 516, 514, 512, 510, 508, 506, 503, 500, 495, 488, 470, 440, 390,
        320, 250, 200};
    private static final int TABLE = 1 << 16;

    /** The age at each 1/65 536 of the population, youngest first: drawing an age is one array read. */
    private final byte[] ageAt = new byte[TABLE];

    public AgePyramid() {
        long total = 0;
        for (int g : GROUPS) {
            total += g * 5L;
        }
        long cumulative = 0;
        int slot = 0;
        for (int age = 0; age < GROUPS.length * 5; age++) {
            cumulative += GROUPS[age / 5];
            int until = (int) (cumulative * TABLE / total);
            while (slot < until) {
                ageAt[slot++] = (byte) age;
            }
        }
        while (slot < TABLE) {
            ageAt[slot++] = (byte) (GROUPS.length * 5 - 1);
        }
    }

    /** Draws an age: the age turned in the year generated. */
    public int age(SplittableRandom random) {
        return ageAt[random.nextInt(TABLE)];
    }

    /** Draws a sex for a resident of the age: 1 (man) or 0 (woman). */
    public static int sex(SplittableRandom random, int age) {
        return random.nextInt(1000) < MEN[Math.min(age / 5, MEN.length - 1)] ? 1 : 0;
    }
}
