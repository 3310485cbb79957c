package se.regionkarta.elections.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decides ties by lot, as the law prescribes, but repeatably: each draw comes from a random
 * generator seeded by the run's seed together with the stage and seat at stake, and the tied names
 * are sorted before drawing, so that the outcome depends neither on the order of the input nor on
 * the order in which stages happen to be computed. Every tie is recorded.
 */
public final class Lot {

    private final long seed;
    private final List<Tie> ties = new ArrayList<>();

    public Lot(long seed) {
        this.seed = seed;
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
        long drawSeed = seed * 31 + (stage.hashCode() * 1_000_003L + seat) * 0x9E3779B97F4A7C15L + sorted.hashCode();
        String chosen = sorted.get(new SplittableRandom(drawSeed).nextInt(sorted.size()));
        ties.add(new Tie(stage, seat, sorted, chosen, figure.value(), decisive));
        return chosen;
    }

    /** Returns the ties drawn so far, in order. */
    public List<Tie> ties() {
        return List.copyOf(ties);
    }
}
