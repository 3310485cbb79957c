package se.regionkarta.carechoice.site;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.regionkarta.carechoice.model.CareChoiceScheme;
import se.regionkarta.carechoice.model.ProviderTally;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.registry.model.Ownership;
import se.regionkarta.site.Fmt;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;
import se.regionkarta.snapshot.Snapshot;

/**
 * A scheme's providers counted from its units on the page's day, beside what its source states, as
 * the region page, the scheme page and the conflicts page show them (issue 7): the registry never
 * types a count in, so every number here is counted, and the source's figure stands beside it.
 *
 * @param statedOn when the source's figures are from ("2025"), or null where no cited source is dated
 * @param compared whether the day is one the source's figures describe, so that they are held against the count
 * @param verdict the verdict for the whole scheme in words
 */
public record CareChoiceTally(List<Row> rows, int total, String statedOn, boolean compared, boolean agrees, String verdict) {

    /**
     * One kind of ownership.
     *
     * @param code the ownership as the API and data files write it ({@code region-run}), for scripts and tests
     * @param css the chart's class for the ownership
     * @param stated the number the source states, or null where it states none
     * @param noun the source's word for the units, or null
     * @param verdict agrees, differs, or why the two are not compared, in words
     */
    public record Row(String ownership, String code, String css, int units, int unnamed, Integer stated, Txt noun, boolean agrees,
            String verdict) {
    }

    /** Counts the scheme's providers on the page's day and words the verdicts. */
    public static CareChoiceTally of(CareChoiceScheme scheme, ProviderTally tally, Snapshot s, SiteRequest req) {
        String statedOn = statedOn(scheme, s).map(d -> Fmt.date(d, req.lang())).orElse(null);
        List<Row> rows = tally.rows().stream().map(r -> new Row(ownership(r.ownership(), req),
                r.ownership().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), css(r.ownership()), r.units(),
                r.unnamed(), r.stated(), req.swedish(r.noun()), !tally.compared() || r.agrees(), verdict(tally, r, statedOn, req)))
                .toList();
        String verdict = tally.rows().isEmpty() ? req.t("carechoice.verdict.scheme-empty")
                : tally.rows().stream().allMatch(r -> r.stated() == null) ? req.t("carechoice.verdict.scheme-none-stated")
                : !tally.compared() ? req.t("carechoice.verdict.not-compared", statedOn)
                : tally.agrees() ? req.t("carechoice.verdict.scheme-agrees") : req.t("carechoice.verdict.scheme-differs");
        return new CareChoiceTally(rows, tally.total(), statedOn, tally.compared(), tally.agrees(), verdict);
    }

    private static String verdict(ProviderTally tally, ProviderTally.Row r, String statedOn, SiteRequest req) {
        if (r.stated() == null) {
            return req.t("carechoice.verdict.none-stated");
        }
        if (!tally.compared()) {
            return req.t("carechoice.verdict.not-compared", statedOn);
        }
        return r.agrees() ? req.t("carechoice.verdict.agrees")
                : req.t("carechoice.verdict.differs", r.units() - r.stated() > 0 ? "+" + (r.units() - r.stated()) : r.units() - r.stated());
    }

    /** Returns the date of the scheme's earliest dated source: when its stated figures are from. */
    static Optional<PartialDate> statedOn(CareChoiceScheme scheme, Snapshot s) {
        return scheme.sources().stream().map(SourceRef::sourceId).map(id -> s.get(Source.class, id)).flatMap(Optional::stream)
                .map(Source::published).filter(Objects::nonNull).min(Comparator.naturalOrder());
    }

    /** Returns an ownership as pages name it: "egen regi", "privat vårdgivare". */
    static String ownership(Ownership o, SiteRequest req) {
        return o == null ? req.t("carechoice.ownership-unknown") : req.lang().pick(o.swedish(), o.english());
    }

    /** Returns the chart's class of an ownership. */
    static String css(Ownership o) {
        return o == Ownership.REGION_RUN ? "bar-own" : o == Ownership.PRIVATE ? "bar-private" : "bar-other";
    }
}
