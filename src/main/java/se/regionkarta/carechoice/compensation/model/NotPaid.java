package se.regionkarta.carechoice.compensation.model;

/**
 * What the month's input held that earns nothing, so that nothing is dropped in silence.
 *
 * @param closedPersonDays days residents were listed with a provider on days it was not open
 * @param outsideAgesPersonDays days residents were listed at an age no band of the model covers
 * @param visitsNotPaid visits on days their provider was not open
 */
public record NotPaid(long closedPersonDays, long outsideAgesPersonDays, long visitsNotPaid) {

    public static final NotPaid NONE = new NotPaid(0, 0, 0);
}
