package se.regionkarta.elections.model;

/**
 * One seat given by a divisor method: to whom, in which order, and with what comparison figure.
 *
 * @param order the seat's place in the distribution (1 = first seat)
 */
public record Award(int order, String party, ComparisonFigure figure) {
}
