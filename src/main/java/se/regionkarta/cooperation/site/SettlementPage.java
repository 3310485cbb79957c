package se.regionkarta.cooperation.site;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.regionkarta.cooperation.SettlementReport;
import se.regionkarta.cooperation.settlement.model.LineItem;
import se.regionkarta.cooperation.settlement.model.PairMonth;
import se.regionkarta.cooperation.settlement.model.PriceList;
import se.regionkarta.cooperation.settlement.model.Settlement;
import se.regionkarta.cooperation.settlement.model.Unpriced;
import se.regionkarta.site.CalculatorForm;
import se.regionkarta.site.FactRef;
import se.regionkarta.site.Fmt;
import se.regionkarta.site.Lang;
import se.regionkarta.site.Shell;
import se.regionkarta.site.SitePage;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;
import se.regionkarta.snapshot.Snapshot;

/**
 * The settlement calculator ({@code /sjukvardsregion/avrakning}, issue 6): the events and the price
 * lists as CSV (prefilled with the example of docs/settlement.md), the problems found in them, and
 * the settlement: per pair of regions and month what the home region owes, the lines, and the
 * events that could not be priced with their lines in the file.
 *
 * @param result the settlement, or null before anything is computed or when the input cannot be settled
 */
public record SettlementPage(Shell shell, Map<String, String> form, List<CalculatorForm.Problem> problems, Result result)
        implements SitePage {

    public static final String PATH = "/sjukvardsregion/avrakning";

    /** The settlement computed; amounts are written for people, in SEK with two decimals. */
    public record Result(String summary, List<String> priceLists, List<PairRow> pairs, String total, List<LineRow> lines,
            String unpricedSummary, List<UnpricedRow> unpriced) {
    }

    /** What a home region owes a providing region for a month. */
    public record PairRow(Txt home, Txt provider, String month, String events, String amount) {
    }

    /** One line of a pair's month: a tariff of a price list. */
    public record LineRow(Txt home, Txt provider, String month, String tariff, String price, String events, String quantity,
            String amount) {
    }

    /** An event that could not be priced: its line in the events file, why, and the engine's detail (English). */
    public record UnpricedRow(String line, String reason, Txt detail) {
    }

    static SettlementPage build(SiteRequest req, CalculatorForm form, SettlementReport report, Snapshot s) {
        Shell shell = Shell.of(req, req.t("settle.title"), null);
        return new SettlementPage(shell, form.fields(), form.problems(), report == null ? null : result(report, s, req));
    }

    private static Result result(SettlementReport report, Snapshot s, SiteRequest req) {
        Settlement st = report.settlement();
        Lang lang = req.lang();
        List<PairRow> pairs = new ArrayList<>();
        List<LineRow> lines = new ArrayList<>();
        for (PairMonth p : st.pairs()) {
            Txt home = region(p.home(), s, req);
            Txt provider = region(p.provider(), s, req);
            String month = month(p.month(), lang);
            pairs.add(new PairRow(home, provider, month, Fmt.number(p.count(), lang), money(p.amountOre(), lang)));
            for (LineItem l : p.lines()) {
                String kind = req.t("settle.kind." + l.tariff().kind().code());
                String tariff = l.tariff().code().isEmpty() ? req.t("settle.any-code", kind) : kind + ", " + l.tariff().code();
                String quantity = l.tariff().kind().formatQuantity(l.quantity());
                lines.add(new LineRow(home, provider, month, tariff, money(l.priceOre(), lang), Fmt.number(l.count(), lang),
                        req.t("settle.unit." + l.tariff().kind().code(), lang == Lang.SV ? quantity.replace('.', ',') : quantity),
                        money(l.amountOre(), lang)));
            }
        }
        List<UnpricedRow> unpriced = new ArrayList<>();
        for (Unpriced u : st.unpriced().first()) {
            unpriced.add(new UnpricedRow(Fmt.number(u.line(), req.lang()), req.t("settle.reason." + u.reason().code()),
                    req.english(u.detail())));
        }
        List<String> periods = report.prices().versions().stream().map(l -> period(l, lang, req)).toList();
        String summary = req.t("settle.summary", Fmt.number(st.rows(), lang), Fmt.number(st.priced(), lang),
                Fmt.number(st.unpriced().count(), lang), money(st.totalOre(), lang));
        String unpricedSummary = st.unpriced().count() == 0 ? req.t("settle.all-priced")
                : req.t("settle.not-priced", Fmt.number(st.unpriced().count(), lang), unpriced.size());
        return new Result(summary, periods, pairs, money(st.totalOre(), lang), lines, unpricedSummary, unpriced);
    }

    private static Txt region(String id, Snapshot s, SiteRequest req) {
        return s.unit(id).map(u -> FactRef.unitName(u, req)).orElse(req.swedish(id));
    }

    private static String period(PriceList l, Lang lang, SiteRequest req) {
        return l.validUntil() == null ? req.t("period.from", Fmt.day(l.validFrom(), lang))
                : Fmt.day(l.validFrom(), lang) + "–" + Fmt.day(l.validUntil(), lang);
    }

    private static String month(YearMonth m, Lang lang) {
        return m.format(DateTimeFormatter.ofPattern("MMMM yyyy", lang == Lang.SV ? Locale.forLanguageTag("sv-SE") : Locale.UK));
    }

    /** Writes whole öre as SEK with two decimals: "114 016,06" (Swedish) or "114,016.06" (English). */
    static String money(long ore, Lang lang) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(lang == Lang.SV ? Locale.forLanguageTag("sv-SE")
                : Locale.UK);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(BigDecimal.valueOf(ore, 2));
    }
}
