package se.regionkarta.history;

/**
 * One change to a fact with the fact as it was before and after: what an audit shows.
 *
 * @param before the fact's record as JSON before the change, or null when it was not among the
 *     registry's facts (inserted, or reopened after a withdrawal)
 * @param after the record as JSON after the change, or null when it is no longer among them (withdrawn)
 */
public record AuditEntry(Change change, String before, String after) {
}
