package se.regionkarta.provenance.site;

import java.util.Comparator;
import java.util.List;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.site.Fmt;
import se.regionkarta.site.Shell;
import se.regionkarta.site.SitePage;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;
import se.regionkarta.snapshot.Snapshot;

/** Every source of the registry, with how many facts cite it. */
public record SourcesPage(Shell shell, List<Row> sources) implements SitePage {

    /**
     * One source in the list.
     *
     * @param accessed the day the editors read it, or null where not recorded
     */
    public record Row(String id, Txt title, String href, Txt publisher, String kind, String published, String accessed,
            int facts) {
    }

    public static SourcesPage build(Snapshot s, SiteRequest req) {
        Citations citations = new Citations(s);
        List<Row> rows = s.dataset().all(Source.class).stream()
                .sorted(Comparator.comparing(src -> src.title().toLowerCase(java.util.Locale.ROOT)))
                .map(src -> row(src, citations, req)).toList();
        return new SourcesPage(Shell.of(req, req.t("sources.title"), null), rows);
    }

    private static Row row(Source src, Citations citations, SiteRequest req) {
        return new Row(src.id(), req.swedish(src.title()), req.href("/kallor/" + src.id()), req.swedish(src.publisher()),
                req.t("source-kind." + src.kind().name().toLowerCase()),
                src.published() == null ? null : Fmt.date(src.published(), req.lang()),
                src.accessed() == null ? null : Fmt.day(src.accessed(), req.lang()), citations.count(src.id()));
    }
}
