package se.regionkarta.suggestions.model;

import java.time.Duration;

/**
 * How many suggestions are taken: at most {@code perAddress} from one address within
 * {@code addressWindow}, and at most {@code perRegion} for one region within {@code regionWindow}.
 * The second keeps a flood from many addresses from burying a region's queue.
 */
public record Limits(int perAddress, Duration addressWindow, int perRegion, Duration regionWindow) {

    /** Five an hour from one address, two hundred a day for one region. */
    public static final Limits DEFAULT = new Limits(5, Duration.ofHours(1), 200, Duration.ofDays(1));

    public Limits {
        if (perAddress < 1 || perRegion < 1) {
            throw new IllegalArgumentException("a limit lets at least one suggestion through");
        }
        if (addressWindow.isNegative() || addressWindow.isZero() || addressWindow.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("the window per address is longer than nothing and at most a day (the salt's life)");
        }
    }
}
