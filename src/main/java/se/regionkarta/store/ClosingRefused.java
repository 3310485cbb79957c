package se.regionkarta.store;

import java.util.List;

/**
 * A load would end (close or withdraw) more of the registry's facts than a load may without being
 * told to: a directory that lost files by mistake must not empty the registry (issue 12). Nothing
 * was stored. See {@link LoadPlan#limit} for the share.
 *
 * @param examples a few of the facts it would end, as {@code kind 'id'}
 */
public final class ClosingRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int ending;
    private final int registry;
    private final int limit;

    ClosingRefused(int ending, int registry, int limit, List<String> examples) {
        super("it would close or withdraw " + ending + " of the registry's " + registry + " facts (without being told "
                + "to, a load ends at most " + limit + "), for example " + String.join(", ", examples));
        this.ending = ending;
        this.registry = registry;
        this.limit = limit;
    }

    public int ending() {
        return ending;
    }

    public int registry() {
        return registry;
    }

    public int limit() {
        return limit;
    }
}
