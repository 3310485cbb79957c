package se.regionkarta.access.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A local account: its name, what it may change, and its state. Its password hash is not part of
 * it, so that nothing that lists or shows accounts can show a hash.
 *
 * @param lockout wrong passwords in a row and the lock they led to
 */
public record Account(long id, String name, Grant grant, boolean disabled, Lockout lockout, Instant created) {

    public Account {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(grant, "grant");
        Objects.requireNonNull(lockout, "lockout");
    }

    /** Returns who a request made with this account's session or token is. */
    public Principal principal(Via via) {
        return grant.principal(name, via);
    }
}
