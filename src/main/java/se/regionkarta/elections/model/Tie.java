package se.regionkarta.elections.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * Contestants with equal comparison figures for a seat, and the one the lot chose; or for a run of
 * seats in a row, where those the lot passed over stayed tied for the next seat and the lot was
 * asked again: the tie is reported once, with everyone in it, and whom the lot chose seat by seat.
 * (Reporting each seat of a run with every name still tied made an answer grow with seats × names:
 * issue 13 found 93 MB for one request.)
 *
 * @param seat the first seat of the run (within its stage)
 * @param tied everyone tied for the first seat, in name order
 * @param chosenInTurn whom the lot chose for each seat of the run, in order; each was drawn from
 *     {@code tied} less those chosen before
 * @param decisive true when the tie decided who got a seat, false when all of them got one and
 *     the lot only decided the order
 */
public record Tie(String stage, int seat, List<String> tied, List<String> chosenInTurn, BigDecimal comparisonFigure,
        boolean decisive) {

    public Tie {
        tied = List.copyOf(tied);
        chosenInTurn = List.copyOf(chosenInTurn);
        if (chosenInTurn.isEmpty()) {
            throw new IllegalArgumentException("a tie decides at least one seat");
        }
    }

    /** Returns whom the lot chose for the first seat of the tie. */
    public String chosen() {
        return chosenInTurn.get(0);
    }

    /** Returns the number of seats the tie decided in a row. */
    public int seats() {
        return chosenInTurn.size();
    }
}
