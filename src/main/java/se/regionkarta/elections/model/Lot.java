package se.regionkarta.elections.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decides ties by lot, as the law prescribes, but repeatably: each draw comes from a random
 * generator seeded by the run's seed together with the stage and seat at stake, and the tied names
 * are sorted before drawing, so that the outcome depends neither on the order of the input nor on
 * the order in which stages happen to be computed. Every tie is recorded; draws for seats in a row
 * among the same names less those already chosen are recorded as one tie ({@link Tie}).
 */
public final class Lot {

    private final long seed;
    private final List<Tie> ties = new ArrayList<>();
    /** The tie still open for the next seat, or null. */
    private Run open;

    public Lot(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** A tie over seats in a row: what was tied at its first seat, who was chosen, and who is still tied. */
    private static final class Run {
        final String stage;
        final int seat;
        final List<String> tied;
        final List<String> chosen = new ArrayList<>();
        final ComparisonFigure figure;
        final boolean decisive;
        final List<String> left;

        Run(String stage, int seat, List<String> tied, ComparisonFigure figure, boolean decisive) {
            this.stage = stage;
            this.seat = seat;
            this.tied = tied;
            this.figure = figure;
            this.decisive = decisive;
            this.left = new ArrayList<>(tied);
        }

        boolean continuedBy(String stage, int seat, List<String> sorted, ComparisonFigure figure, boolean decisive) {
            return this.stage.equals(stage) && this.seat + chosen.size() == seat && this.figure.compareTo(figure) == 0
                    && this.decisive == decisive && left.equals(sorted);
        }

        Tie tie() {
            return new Tie(stage, seat, tied, chosen, figure.value(), decisive);
        }
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
        if (open == null || !open.continuedBy(stage, seat, sorted, figure, decisive)) {
            close();
            open = new Run(stage, seat, sorted, figure, decisive);
        }
        open.chosen.add(chosen);
        open.left.remove(chosen);
        if (open.left.size() < 2) {
            close();
        }
        return chosen;
    }

    private void close() {
        if (open != null) {
            ties.add(open.tie());
            open = null;
        }
    }

    /** Returns the ties drawn so far, in order. */
    public List<Tie> ties() {
        List<Tie> all = new ArrayList<>(ties);
        if (open != null) {
            all.add(open.tie());
        }
        return List.copyOf(all);
    }
}
