package se.regionkarta.history.site;

import gg.jte.Content;
import java.util.Map;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.site.Embed;
import se.regionkarta.site.Pages;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.snapshot.Snapshot;

/** The history a unit's and a region's pages show: former names, events, lineage, predecessors' figures. */
public final class HistoryEmbeds {

    private final Pages pages;

    public HistoryEmbeds(Pages pages) {
        this.pages = pages;
    }

    /** Returns a unit's history section, or nothing when it has none. */
    public Content unitHistory(Unit u, Snapshot s, SiteRequest req) {
        HistorySection history = HistorySection.of(u, s, req);
        return history.isEmpty() ? Embed.NOTHING : pages.content("history/tag/history", Map.of("req", req, "history", history));
    }
}
