package se.regionkarta.elections.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A comparison figure (jämförelsetal) as the exact fraction {@code numerator / denominator}.
 * Two figures are compared by cross-multiplication, so equal figures are found equal.
 */
public record ComparisonFigure(long numerator, long denominator) implements Comparable<ComparisonFigure> {

    public ComparisonFigure {
        if (numerator < 0 || denominator <= 0) {
            throw new IllegalArgumentException("a comparison figure is a non-negative number over a positive one");
        }
    }

    @Override
    public int compareTo(ComparisonFigure other) {
        return Math.multiplyExact(numerator, other.denominator) < Math.multiplyExact(other.numerator, denominator) ? -1
                : Math.multiplyExact(numerator, other.denominator) == Math.multiplyExact(other.numerator, denominator) ? 0 : 1;
    }

    /** Returns the figure rounded to two decimals, as election reports print it. */
    public BigDecimal value() {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return value().toPlainString();
    }
}
