package se.regionkarta.access.model;

import java.time.Instant;

/**
 * An API token as listed: never the token itself, which is shown once when made and kept only as a hash.
 *
 * @param revoked when it was revoked, or null while it works
 */
public record ApiToken(long id, String account, Instant created, Instant revoked) {
}
