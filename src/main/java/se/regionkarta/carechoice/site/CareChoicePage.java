package se.regionkarta.carechoice.site;

import java.time.YearMonth;
import java.util.List;
import se.regionkarta.carechoice.CareChoiceExamples;
import se.regionkarta.carechoice.CareChoiceQueries;
import se.regionkarta.carechoice.model.CareChoiceScheme;
import se.regionkarta.figures.FigureQueries;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.provenance.model.Validity;
import se.regionkarta.registry.model.Ownership;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.site.Cite;
import se.regionkarta.site.Crumb;
import se.regionkarta.site.FactRef;
import se.regionkarta.site.FigureRow;
import se.regionkarta.site.Fmt;
import se.regionkarta.site.Link;
import se.regionkarta.site.Shell;
import se.regionkarta.site.SitePage;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;
import se.regionkarta.snapshot.Snapshot;

/**
 * A care-choice scheme (issue 7): what it is, its providers counted from the units beside what its
 * source states, every provider unit with who runs it and where, those that have left, the listed
 * residents the sources give, and a synthetic example of the monthly compensation.
 *
 * @param region the region whose scheme it is
 * @param providers the providers on the page's day: region-run first, named before unnamed
 * @param former the providers whose part in the scheme ended before the page's day, the latest first
 */
public record CareChoicePage(Shell shell, String id, Txt name, boolean inForce, String period, Link region, String area,
        String legalBasis, String ages, List<String> principles, Txt description, Txt note, List<Cite> cites,
        CareChoiceTally tally, int named, int unnamed, List<ProviderRow> providers,
        List<ProviderRow> former, CareChoiceExampleView example) implements SitePage {

    /** The listed-residents metric of the registry: residents listed with a provider unit on a day. */
    static final String LISTED_RESIDENTS = "listed-residents";

    /**
     * A provider unit in the scheme.
     *
     * @param anchor the row's fragment id: the unit's id, which links to a provider name ({@code /vardval/x#unit})
     * @param named false for a unit the sources count but do not name
     * @param operator who runs the unit in the scheme, or null where the sources do not say
     * @param town where it is, or null where not recorded
     * @param lastDay the last day in the scheme, for a former provider; else null
     * @param listed the listed-residents figures the registry has for the unit, each with its date and sources
     */
    public record ProviderRow(String anchor, Txt name, String href, boolean named, String ownership, Txt operator, Txt town,
            String period, String lastDay, List<FigureRow> listed, Txt note) {
    }

    public static CareChoicePage build(CareChoiceScheme c, Snapshot s, SiteRequest req, YearMonth month, CareChoiceExamples examples) {
        CareChoiceQueries register = CareChoiceQueries.of(s);
        Txt name = req.data(c.name(), c.nameEn());
        Unit r = s.unit(c.regionId()).orElse(null);
        Link region = r == null ? null : new Link(FactRef.unitName(r, req), FactRef.unitHref(r, req), null);
        Shell shell = region == null ? Shell.of(req, name, null)
                : Shell.of(req, name, null, new Crumb(region.name(), region.href()),
                        new Crumb(new Txt(req.t("region.carechoice"), null), region.href() + "#vardval"));
        List<ProviderRow> providers = register.providers(c.id(), req.day()).stream().map(p -> row(p, r, s, req, false)).toList();
        int unnamed = (int) providers.stream().filter(p -> !p.named()).count();
        return new CareChoicePage(shell, c.id(), name, c.validity().contains(req.day()), Fmt.validity(c.validity(), req.texts(),
                req.lang()), region, req.lang().pick(c.area().swedish(), c.area().english()), c.legalBasis(), ages(c, req),
                c.principles().stream().map(p -> req.lang().pick(p.swedish(), p.english())).toList(),
                req.swedish(c.description()), req.english(c.note()), Cite.of(c.sources(), s, req),
                CareChoiceTally.of(c, register.tally(c, req.day()), s, req),
                providers.size() - unnamed, unnamed, providers,
                register.formerProviders(c.id(), req.day()).stream().map(p -> row(p, r, s, req, true)).toList(),
                CareChoiceExampleView.of(c, s, req, month, examples));
    }

    private static ProviderRow row(CareChoiceQueries.Provider p, Unit region, Snapshot s, SiteRequest req, boolean former) {
        Unit u = p.unit();
        Validity part = p.part().validity();
        String period = Fmt.validity(part.from() == null && part.until() == null ? u.validity() : part, req.texts(), req.lang());
        Txt operator = p.part().operator() != null ? req.swedish(p.part().operator())
                : u.ownership() == Ownership.REGION_RUN && region != null ? FactRef.unitName(region, req) : null;
        return new ProviderRow(u.id(), FactRef.unitName(u, req), FactRef.unitHref(u, req), p.part().named(),
                CareChoiceTally.ownership(u.ownership(), req), operator,
                u.location() == null || u.location().town() == null ? null : req.swedish(u.location().town()), period,
                former ? Fmt.date(part.until(), req.lang()) : null, listed(u, s, req), req.english(p.part().note()));
    }

    /** Returns the unit's listed-residents figures in force on the page's day, each with its date and sources. */
    private static List<FigureRow> listed(Unit u, Snapshot s, SiteRequest req) {
        var metric = FigureQueries.of(s).metric(LISTED_RESIDENTS).orElse(null);
        return FigureQueries.of(s).of(u.id(), req.day()).stream().filter(f -> f.metricId().equals(LISTED_RESIDENTS))
                .map(f -> figure(f, metric, s, req)).toList();
    }

    private static FigureRow figure(KeyFigure f, se.regionkarta.figures.model.Metric metric, Snapshot s, SiteRequest req) {
        return new FigureRow(req.swedish(Fmt.figureLabel(f, metric, req.lang())), Fmt.figureValue(f, metric, req.texts(), req.lang()),
                Cite.of(f.sources(), s, req), null, null, null, req.english(f.note()), false);
    }

    /** Returns the ages a scheme covers, "för åldrarna 3–23 år", or null when it covers all. */
    static String ages(CareChoiceScheme c, SiteRequest req) {
        return c.ageFrom() == null && c.ageTo() == null ? null
                : req.t("carechoice.ages", c.ageFrom() == null ? "0" : c.ageFrom(), c.ageTo() == null ? "–" : c.ageTo());
    }
}
