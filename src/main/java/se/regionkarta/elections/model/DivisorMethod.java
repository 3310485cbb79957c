package se.regionkarta.elections.model;

/**
 * A highest-averages method: each seat goes to the contestant with the highest comparison figure,
 * its votes divided by a divisor that grows with the seats it already has. Divisors are kept as
 * exact fractions so that ties are ties, not rounding noise.
 */
public enum DivisorMethod {

    /**
     * The modified odd-number method (jämkade uddatalsmetoden), Elections Act (2005:837) 14 kap.:
     * divisor 1.2 for a party without a seat, then 3, 5, 7, …
     */
    MODIFIED_ODD_NUMBER,

    /**
     * The largest-number method (d'Hondt; divisors 1, 2, 3, …) of the Act on proportional
     * elections (1992:339), used to fill committees.
     */
    LARGEST_NUMBER;

    /** Returns the comparison figure of a contestant with the given votes and seats. */
    public ComparisonFigure figure(long votes, int seats) {
        return switch (this) {
            // votes / 1.2 = 5·votes / 6, and votes / (2s+1) = 5·votes / (10s+5): one denominator scale
            case MODIFIED_ODD_NUMBER -> new ComparisonFigure(5 * votes, seats == 0 ? 6 : 10L * seats + 5);
            case LARGEST_NUMBER -> new ComparisonFigure(votes, seats + 1L);
        };
    }
}
