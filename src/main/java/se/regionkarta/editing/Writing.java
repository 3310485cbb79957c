package se.regionkarta.editing;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.Optional;
import se.regionkarta.access.model.Principal;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.provenance.model.Identified;
import se.regionkarta.input.BadInput;
import se.regionkarta.store.ConcurrentChange;
import se.regionkarta.store.StaleWrite;
import se.regionkarta.store.Store;
import se.regionkarta.store.Why;
import se.regionkarta.store.Written;
import se.regionkarta.web.Authorization;
import se.regionkarta.web.LiveRegistry;

/**
 * How a face writes: it prepares a write with {@link #writes()} against {@link #served()}, then
 * {@link #commit commits} it, which checks the writer's rights on every region the write touches
 * (401/403 before anything is written), writes it in the store and serves it at once in this
 * instance. The API (editing/api), the site's forms (editing/site) and the suggestions queue share it.
 */
public final class Writing {

    private final LiveRegistry registry;
    private final FactWrites writes;

    public Writing(LiveRegistry registry, Clock clock) {
        this.registry = registry;
        this.writes = new FactWrites(clock);
    }

    public FactWrites writes() {
        return writes;
    }

    /** Returns the store writes go to; empty when the registry is served from data files and takes none. */
    public Optional<Store> store() {
        return registry.store();
    }

    /** Returns the registry as served now, with the stored version of each fact: what a writer has read. */
    public FactWrites.Registry served() {
        Dataset dataset = registry.current().snapshot().dataset();
        return new FactWrites.Registry() {
            @Override
            public Dataset dataset() {
                return dataset;
            }

            @Override
            public int version(FactKind kind, String id) {
                return registry.version(kind, id);
            }
        };
    }

    /** Returns a fact as served now. */
    public Optional<Identified> find(FactKind kind, String id) {
        return registry.current().snapshot().dataset().all(kind).stream().filter(f -> f.id().equals(id))
                .map(Identified.class::cast).findFirst();
    }

    /** Returns the stored version of a fact as served now; 0 when it is not stored. */
    public int version(FactKind kind, String id) {
        return registry.version(kind, id);
    }

    /**
     * Writes a prepared write as the request's principal, after checking that principal's rights on
     * every region it touches, and serves it in this instance before returning.
     *
     * @throws StaleWrite when a fact changed since the version the writer read (nothing is written)
     */
    public Written commit(Context ctx, FactWrites.Draft draft) {
        Principal who = null;
        for (String region : draft.regions()) {
            who = Authorization.requireEditor(ctx, region);
        }
        if (draft.national() || who == null) {
            who = Authorization.requireEditor(ctx, null);
        }
        Store store = registry.store().orElseThrow(() -> new IllegalStateException("a write reached a registry without a store"));
        Written written;
        try {
            written = store.write(draft.edits(), new Why(who.name(), draft.sourceId(), draft.comment(), null));
        } catch (RuntimeException e) {
            // a stale version, a broken rule or a concurrent writer refuse the write; anything else is the store failing
            if (!(e instanceof StaleWrite || e instanceof BadInput || e instanceof ConcurrentChange)) {
                registry.storeFailed(LiveRegistry.StoreOperation.WRITE);
            }
            throw e;
        }
        registry.refresh();
        return written;
    }

    /** Makes sure this instance serves at least what the store held when a writer read a newer version elsewhere. */
    public void catchUp() {
        registry.refresh();
    }
}
