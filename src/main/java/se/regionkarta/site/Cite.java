package se.regionkarta.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.regionkarta.provenance.ProvenanceQueries;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.snapshot.Snapshot;

/**
 * A source reference as a page shows it: the source's title linking to its page, where in the
 * source, and how the fact follows from it when not stated outright.
 *
 * @param locator where in the source (a heading, a slide), or null
 * @param basis "härlett" / "tolkat" for derived or inferred facts, or null when stated
 */
public record Cite(Txt title, String href, Txt locator, String basis) {

    /** Returns the cites of a fact's source references, in order, without repeats. */
    public static List<Cite> of(List<SourceRef> refs, Snapshot snapshot, SiteRequest req) {
        Map<String, Cite> cites = new LinkedHashMap<>();
        for (SourceRef ref : refs) {
            String title = ProvenanceQueries.of(snapshot).source(ref.sourceId()).map(Source::title).orElse(ref.sourceId());
            String basis = ref.basis() == SourceRef.Basis.STATED ? null : req.t("basis." + ref.basis().name().toLowerCase());
            Cite c = new Cite(req.swedish(title), req.href("/kallor/" + ref.sourceId()), req.swedish(ref.locator()), basis);
            cites.putIfAbsent(ref.sourceId() + "#" + ref.locator() + "#" + basis, c);
        }
        return List.copyOf(cites.values());
    }

    /** Returns the cites of several facts together. */
    public static List<Cite> ofAll(List<List<SourceRef>> refs, Snapshot snapshot, SiteRequest req) {
        List<SourceRef> all = new ArrayList<>();
        refs.forEach(all::addAll);
        return of(all, snapshot, req);
    }
}
