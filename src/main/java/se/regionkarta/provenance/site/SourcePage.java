package se.regionkarta.provenance.site;

import java.util.List;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.site.Crumb;
import se.regionkarta.site.FactRef;
import se.regionkarta.site.Fmt;
import se.regionkarta.site.Shell;
import se.regionkarta.site.SitePage;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;
import se.regionkarta.snapshot.Snapshot;

/** One source: what it is, and every fact that cites it, with where in the source. */
public record SourcePage(Shell shell, Txt title, Txt publisher, String url, String kind, String published,
        String accessed, Txt note, List<Citing> facts) implements SitePage {

    /** A fact citing the source. */
    public record Citing(FactRef fact, Txt locator, String basis) {
    }

    public static SourcePage build(Source src, Snapshot s, SiteRequest req) {
        List<Citing> facts = new Citations(s).of(src.id()).stream()
                .map(c -> new Citing(FactRef.of(c.fact(), s, req), req.swedish(c.ref().locator()),
                        c.ref().basis() == se.regionkarta.provenance.model.SourceRef.Basis.STATED ? null
                                : req.t("basis." + c.ref().basis().name().toLowerCase())))
                .toList();
        Txt title = req.swedish(src.title());
        Shell shell = Shell.of(req, title, null, new Crumb(new Txt(req.t("sources.title"), null), req.href("/kallor")));
        return new SourcePage(shell, title, req.swedish(src.publisher()),
                src.url() != null && src.url().matches("https?://\\S+") ? src.url() : null,
                req.t("source-kind." + src.kind().name().toLowerCase()),
                src.published() == null ? null : Fmt.date(src.published(), req.lang()),
                src.accessed() == null ? null : Fmt.day(src.accessed(), req.lang()), req.english(src.note()), facts);
    }
}
