package se.regionkarta.carechoice.site;

import gg.jte.Content;
import java.util.List;
import java.util.Map;
import se.regionkarta.carechoice.CareChoiceQueries;
import se.regionkarta.carechoice.model.CareChoiceScheme;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.site.Cite;
import se.regionkarta.site.Embed;
import se.regionkarta.site.Pages;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;
import se.regionkarta.snapshot.Snapshot;

/**
 * What care choice adds to other pages (issue 7): a region's schemes with their providers counted
 * from the units beside the source's figures, and, on the conflicts page, the schemes whose counts
 * differ from their source.
 */
public final class CareChoiceEmbeds {

    /**
     * A care-choice scheme with its providers by ownership, counted from its units on the page's day
     * beside what its source states.
     *
     * @param href the scheme's own page
     */
    public record Scheme(String id, Txt name, String href, String area, String legalBasis, List<String> principles, String ages,
            CareChoiceTally tally, Txt description, Txt note, List<Cite> cites) {
    }

    /** A scheme whose units, counted on the page's day, differ from what its source states. */
    public record SchemeCount(String id, Txt name, String href, CareChoiceTally tally) {
    }

    private final Pages pages;

    public CareChoiceEmbeds(Pages pages) {
        this.pages = pages;
    }

    /** Returns a region's schemes in force on the page's day, with a chart of their counts, or nothing when it has none. */
    public Content regionSchemes(Unit region, Snapshot s, SiteRequest req) {
        CareChoiceQueries register = CareChoiceQueries.of(s);
        List<Scheme> schemes = register.schemes(region.id(), req.day()).stream().map(c -> scheme(c, register, s, req)).toList();
        if (schemes.isEmpty()) {
            return Embed.NOTHING;
        }
        CareChoiceChart chart = CareChoiceChart.of(schemes.stream()
                .map(c -> new CareChoiceChart.Scheme(c.name().text(), c.tally())).toList(), req);
        return pages.content("carechoice/region-schemes", Map.of("req", req, "schemes", schemes, "chart", chart));
    }

    /** Returns the schemes whose counts differ from their source on the page's day (the section says so when none does). */
    public Content disagreements(Void everything, Snapshot s, SiteRequest req) {
        CareChoiceQueries register = CareChoiceQueries.of(s);
        List<SchemeCount> careChoice = register.disagreements(req.day()).stream()
                .flatMap(t -> register.scheme(t.schemeId()).stream().map(c -> new SchemeCount(c.id(), req.data(c.name(), c.nameEn()),
                        req.dated("/vardval/" + c.id()), CareChoiceTally.of(c, t, s, req))))
                .toList();
        return pages.content("carechoice/disagreements", Map.of("req", req, "careChoice", careChoice));
    }

    private static Scheme scheme(CareChoiceScheme c, CareChoiceQueries register, Snapshot s, SiteRequest req) {
        return new Scheme(c.id(), req.data(c.name(), c.nameEn()), req.dated("/vardval/" + c.id()),
                req.lang().pick(c.area().swedish(), c.area().english()), c.legalBasis(),
                c.principles().stream().map(p -> req.lang().pick(p.swedish(), p.english())).toList(),
                CareChoicePage.ages(c, req), CareChoiceTally.of(c, register.tally(c, req.day()), s, req),
                req.swedish(c.description()), req.english(c.note()), Cite.of(c.sources(), s, req));
    }
}
