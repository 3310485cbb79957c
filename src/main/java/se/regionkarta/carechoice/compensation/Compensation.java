package se.regionkarta.carechoice.compensation;

import se.regionkarta.carechoice.compensation.model.MonthSettlement;

/**
 * A month settled by the engine, with what it read.
 *
 * @param residents the residents in the residents file
 * @param listingRows the rows of the listings file
 * @param listingsUsed the listings of the scheme that share a day with the month
 */
public record Compensation(MonthSettlement settlement, long residents, long listingRows, long listingsUsed) {
}
