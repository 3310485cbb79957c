package se.regionkarta.access.model;

import java.time.Duration;
import java.time.Instant;

/**
 * How many times in a row a password was wrong, and until when the account is locked. After
 * {@link #MAX_FAILURES} wrong passwords the account is locked for {@link #PERIOD}: long enough
 * that guessing online is hopeless (about 480 guesses a day against a 12-character password),
 * short enough that a person who mistyped can come back the same hour. While locked, no password is
 * tried at all, right or wrong; when the lock has passed, counting starts again from zero.
 *
 * @param failures wrong passwords since the last right one or the last lock
 * @param lockedUntil the moment the lock ends, or null when the account is not locked
 */
public record Lockout(int failures, Instant lockedUntil) {

    public static final int MAX_FAILURES = 5;
    public static final Duration PERIOD = Duration.ofMinutes(15);
    /** No failures and no lock. */
    public static final Lockout CLEAR = new Lockout(0, null);

    public Lockout {
        if (failures < 0) {
            throw new IllegalArgumentException("failures cannot be negative");
        }
    }

    /** Tells whether the account is locked at the given moment. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Returns the state after a wrong password at the given moment: one more failure, or locked when that makes {@link #MAX_FAILURES}. */
    public Lockout afterFailure(Instant now) {
        int counted = failures + 1; // a lock sets failures back to 0, so counting after it starts afresh
        return counted >= MAX_FAILURES ? new Lockout(0, now.plus(PERIOD)) : new Lockout(counted, null);
    }
}
