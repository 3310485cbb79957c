package se.regionkarta.site;

import gg.jte.Content;
import se.regionkarta.snapshot.Snapshot;

/**
 * A part of a page that another feature draws. A page that shows several features (a unit's page
 * shows its history and the joint bodies' decisions about it; a region's its care-choice schemes)
 * names the parts it has room for, and the composition root gives it each feature's drawing. So a
 * feature's pages never reach into another feature's views (docs/architecture.md).
 *
 * @param <T> what the page is about: a unit, or {@link Void} for a page about the whole registry
 */
@FunctionalInterface
public interface Embed<T> {

    /** Nothing: for a page whose part no feature fills. */
    Content NOTHING = output -> { };

    /** Returns the part's HTML (its own heading and section included), or {@link #NOTHING} when it has nothing to show. */
    Content render(T subject, Snapshot snapshot, SiteRequest req);
}
