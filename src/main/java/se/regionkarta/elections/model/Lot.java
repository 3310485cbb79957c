package se.regionkarta.elections.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decides ties by lot, as the law prescribes, but repeatably: the draw comes from a seeded random
 * generator, and the tied names are sorted before drawing so that the outcome does not depend on
 * the order of the input. Every tie is recorded.
 */
public final class Lot {

    private final long seed;
    private final SplittableRandom random;
    private final List<Tie> ties = new ArrayList<>();

    public Lot(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    public long seed() {
        return seed;
    }

    /**
     * Draws one of the tied names and records the tie.
     *
     * @param stage where the tie happened, e.g. "fixed seats in Linköping"
     * @param seat the number of the seat at stake within the stage (1-based)
     * @param decisive whether the tie decides who gets a seat (not only in which order)
     */
    String draw(String stage, int seat, List<String> tied, boolean decisive, ComparisonFigure figure) {
        List<String> sorted = tied.stream().sorted(Comparator.naturalOrder()).toList();
        String chosen = sorted.get(random.nextInt(sorted.size()));
        ties.add(new Tie(stage, seat, sorted, chosen, figure.value(), decisive));
        return chosen;
    }

    /** Returns the ties drawn so far, in order. */
    public List<Tie> ties() {
        return List.copyOf(ties);
    }
}
