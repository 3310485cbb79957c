package se.regionkarta.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import se.regionkarta.App;

/** A clock in Sweden's time that a test moves forward, to see what happens when time passes (a lock ends, a session expires). */
public final class AdjustableClock extends Clock {

    private volatile Instant now;

    public AdjustableClock(Instant start) {
        this.now = start;
    }

    /** Returns a clock standing at the moment the test starts, to the microsecond (as the databases keep time). */
    public static AdjustableClock atTestStart() {
        return new AdjustableClock(Clock.systemUTC().instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return App.SWEDEN;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the registry's clock keeps Sweden's time");
    }
}
