package se.regionkarta.carechoice.site;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.regionkarta.carechoice.CareChoiceExamples;
import se.regionkarta.carechoice.CareChoiceQueries;
import se.regionkarta.carechoice.ExampleCounty;
import se.regionkarta.carechoice.model.CareChoiceScheme;
import se.regionkarta.registry.model.Ownership;
import se.regionkarta.site.FactRef;
import se.regionkarta.site.Fmt;
import se.regionkarta.site.Lang;
import se.regionkarta.site.Link;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;
import se.regionkarta.snapshot.Snapshot;

/**
 * The scheme page's example of the monthly compensation (issue 7): a synthetic county listed with
 * the scheme's real provider units and paid by the illustrative model, never Region Kalmar län's
 * real payments, and said so on the page. Twelve months as a chart and a table with the same
 * numbers, and one month provider by provider.
 *
 * @param available false where no example is made for the year asked (the model has no version for it)
 * @param unavailable why there is no example, or null
 * @param firstHref the first month an example is made for, where none is made for the year asked
 * @param lead the county in numbers
 * @param current the month shown provider by provider, as people write it ("oktober 2026")
 * @param notPaid what the month's listings held that earns nothing, in words, or null when nothing
 */
public record CareChoiceExampleView(boolean available, String unavailable, String firstHref, int year, String lead,
        CareChoiceMonthChart chart, List<MonthRow> months, String yearOwn, String yearPrivate, String yearTotal, String current,
        List<ProviderRow> providers, String listedTotal, String paidTotal, String notPaid, Link previousYear, Link nextYear) {

    /** A month of the year: its payments by ownership and a link that shows it provider by provider. */
    public record MonthRow(String label, String href, boolean current, String own, String privately, String total) {
    }

    /** A provider in the month shown: residents listed on its last day and what it was paid. */
    public record ProviderRow(Txt name, String href, String ownership, String listed, String paid) {
    }

    static CareChoiceExampleView of(CareChoiceScheme c, Snapshot s, SiteRequest req, YearMonth asked, CareChoiceExamples examples) {
        YearMonth month = asked != null ? asked : CareChoiceExamples.latestWholeMonth(req.day());
        Optional<ExampleCounty.Example> found = examples.example(s, c, month.getYear());
        if (found.isEmpty()) {
            return unavailable(req.t("carechoice.example.no-year", month.getYear(), examples.firstYear(), CareChoiceExamples.LAST_YEAR),
                    href(c, YearMonth.of(examples.firstYear(), 12), req), month.getYear());
        }
        ExampleCounty.Example e = found.get();
        if (e.providers() == 0) {
            return unavailable(req.t("carechoice.example.no-providers", e.year()), null, e.year());
        }
        List<MonthRow> rows = e.months().stream().map(m -> new MonthRow(monthLabel(m.month(), req), href(c, m.month(), req),
                m.month().equals(month), sek(m.ore(Ownership.REGION_RUN), req), sek(m.ore(Ownership.PRIVATE), req),
                sek(m.totalOre(), req))).toList();
        List<String> labels = e.months().stream()
                .map(m -> m.month().getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale(req))).toList();
        ExampleCounty.Month shown = e.month(month).orElseThrow();
        String lead = req.t("carechoice.example.lead", group(e.residents(), req), e.areas(), group(e.eligible(), req),
                group(e.listed(), req), e.providers(), group(e.changes(), req), e.year());
        return new CareChoiceExampleView(true, null, null, e.year(), lead, CareChoiceMonthChart.of(e.months(), labels, req), rows,
                sek(sum(e, m -> m.ore(Ownership.REGION_RUN)), req), sek(sum(e, m -> m.ore(Ownership.PRIVATE)), req),
                sek(sum(e, ExampleCounty.Month::totalOre), req), monthLabel(month, req), providers(c, shown, s, req),
                group(shown.providers().stream().mapToLong(ExampleCounty.ProviderMonth::listed).sum(), req),
                sek(shown.totalOre(), req), notPaid(shown, req), year(c, e.year() - 1, examples, req), year(c, e.year() + 1, examples, req));
    }

    private static long sum(ExampleCounty.Example e, java.util.function.ToLongFunction<ExampleCounty.Month> part) {
        return e.months().stream().mapToLong(part).sum();
    }

    /** Returns what the month's listings held that earns nothing, in words, or null when nothing. */
    private static String notPaid(ExampleCounty.Month shown, SiteRequest req) {
        var np = shown.notPaid();
        return np.closedPersonDays() + np.outsideAgesPersonDays() + np.visitsNotPaid() == 0 ? null
                : req.t("carechoice.example.not-paid", group(np.closedPersonDays(), req), group(np.outsideAgesPersonDays(), req),
                        group(np.visitsNotPaid(), req));
    }

    /** Returns a link to another year's example, or null where none is made for it or it has not begun. */
    private static Link year(CareChoiceScheme c, int year, CareChoiceExamples examples, SiteRequest req) {
        if (!examples.covers(year) || year > req.today().getYear()) {
            return null;
        }
        return new Link(new Txt(String.valueOf(year), null), href(c, CareChoiceExamples.defaultMonth(year, req.today()), req), null);
    }

    private static CareChoiceExampleView unavailable(String why, String firstHref, int year) {
        return new CareChoiceExampleView(false, why, firstHref, year, null, null, List.of(), null, null, null, null, List.of(),
                null, null, null, null, null);
    }

    /**
     * Returns the month's providers in the order of the provider list (region-run first, named before
     * unnamed, then by name), those no longer in the scheme on the month's last day after them.
     */
    private static List<ProviderRow> providers(CareChoiceScheme c, ExampleCounty.Month m, Snapshot s, SiteRequest req) {
        List<String> order = CareChoiceQueries.of(s).providers(c.id(), m.month().atEndOfMonth()).stream()
                .map(p -> p.unit().id()).toList();
        return m.providers().stream()
                .sorted(Comparator.comparingInt((ExampleCounty.ProviderMonth p) -> order.contains(p.unitId())
                        ? order.indexOf(p.unitId()) : order.size()).thenComparing(ExampleCounty.ProviderMonth::unitId))
                .map(p -> {
                    var unit = s.unit(p.unitId());
                    return new ProviderRow(unit.map(u -> FactRef.unitName(u, req)).orElse(req.swedish(p.unitId())),
                            unit.map(u -> FactRef.unitHref(u, req)).orElse(null), CareChoiceTally.ownership(p.ownership(), req),
                            group(p.listed(), req), sek(p.amountOre(), req));
                }).toList();
    }

    /** Returns the link to the scheme page showing a month of the example. */
    static String href(CareChoiceScheme c, YearMonth month, SiteRequest req) {
        return req.dated("/vardval/" + c.id() + "?month=" + month + "#exempel");
    }

    /** Writes öre as kronor with öre, "1 234 567,89 kr". */
    static String sek(long ore, SiteRequest req) {
        NumberFormat f = NumberFormat.getNumberInstance(locale(req));
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return req.t("carechoice.example.sek", f.format(BigDecimal.valueOf(ore, 2)));
    }

    private static String group(long n, SiteRequest req) {
        return Fmt.number(n, req.lang());
    }

    private static String monthLabel(YearMonth month, SiteRequest req) {
        return month.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale(req)));
    }

    private static Locale locale(SiteRequest req) {
        return req.lang() == Lang.SV ? Locale.forLanguageTag("sv-SE") : Locale.UK;
    }
}
