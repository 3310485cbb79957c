package se.regionkarta.cooperation.settlement.model;

import java.util.Objects;

/** An event that could not be priced: where it is in the input, why, and the details in words. */
public record Unpriced(long line, UnpricedReason reason, String detail) {

    public Unpriced {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
