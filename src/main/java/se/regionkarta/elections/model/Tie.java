package se.regionkarta.elections.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * Contestants with equal comparison figures for a seat, and the one the lot chose.
 *
 * @param decisive true when the tie decided who got a seat, false when all of them got one and
 *     the lot only decided the order
 */
public record Tie(String stage, int seat, List<String> tied, String chosen, BigDecimal comparisonFigure, boolean decisive) {

    public Tie {
        tied = List.copyOf(tied);
    }
}
