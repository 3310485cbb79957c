package se.regionkarta.site;

import io.javalin.http.Context;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;

/** Reads the region a page's path names ({@code /region/{id}/…}). */
public final class RegionPath {

    private RegionPath() {
    }

    /** Returns the region (or predecessor) named in the path, or ends the request with 404. */
    public static Unit region(Context ctx, SiteRequest req, Snapshot s) {
        String id = ctx.pathParam("id");
        return s.unit(id).filter(u -> u.kind().isTopLevel()).orElseThrow(() -> req.notFound(ctx, "what.region", id));
    }
}
