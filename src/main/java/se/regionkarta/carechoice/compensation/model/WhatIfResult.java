package se.regionkarta.carechoice.compensation.model;

/**
 * The answer to a {@link WhatIf}: the month settled as it is and as it would be.
 *
 * @param moved how many residents moved (fewer than asked if fewer were listed with A that day)
 */
public record WhatIfResult(WhatIf whatIf, int moved, MonthSettlement before, MonthSettlement after) {

    /** Returns a provider's amount before the move, 0 if it was not paid. */
    public long before(String provider) {
        return before.provider(provider).map(ProviderPayment::amountOre).orElse(0L);
    }

    /** Returns a provider's amount after the move, 0 if it is not paid. */
    public long after(String provider) {
        return after.provider(provider).map(ProviderPayment::amountOre).orElse(0L);
    }
}
