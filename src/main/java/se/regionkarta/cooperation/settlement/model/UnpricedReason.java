package se.regionkarta.cooperation.settlement.model;

/** Why an event could not be priced. Each has a code that never changes, for scripts reading the JSON. */
public enum UnpricedReason {
    /** The row is not a well-formed event: wrong number of fields, a bad date or quantity. */
    MALFORMED("malformed"),
    /** The home or the providing region is not a region of the registry. */
    UNKNOWN_REGION("unknown-region"),
    /** The providing unit's id does not belong to the providing region. */
    UNIT_OUTSIDE_REGION("unit-outside-region"),
    /** Home and providing region are the same: care within a region is not sold between regions. */
    SAME_REGION("same-region"),
    /** The kind of care is none of visit, day and drg. */
    UNKNOWN_KIND("unknown-kind"),
    /** No price list has a price for the kind and code (nor for the kind with any code). */
    UNKNOWN_CODE("unknown-code"),
    /** No price list is valid on the event's date. */
    NO_PRICE_LIST("no-price-list"),
    /** The price list valid on the event's date has no price for its kind and code. */
    NO_PRICE("no-price");

    private final String code;

    UnpricedReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
