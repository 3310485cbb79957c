package se.regionkarta.cooperation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.regionkarta.cooperation.settlement.model.BudgetShares;
import se.regionkarta.cooperation.settlement.model.LineItem;
import se.regionkarta.cooperation.settlement.model.PairMonth;
import se.regionkarta.cooperation.settlement.model.PriceList;
import se.regionkarta.cooperation.settlement.model.Sek;
import se.regionkarta.cooperation.settlement.model.Settlement;
import se.regionkarta.cooperation.settlement.model.Unpriced;
import se.regionkarta.figures.model.KeyFigure;

/**
 * The JSON shape of a settlement (documented in docs/settlement.md). Every amount is given twice:
 * as whole öre (an integer, exact) and as SEK text with two decimals; quantities are text so that
 * DRG points keep their four decimals exactly. The settle command (--format json), the API
 * ({@code POST /api/v1/settlements}) and nothing else write it, so the two always agree.
 */
public record SettlementJson(String events, String prices, String month, List<Period> priceLists, long rows, long priced,
        long notPriced, long outsideMonth, long totalOre, String totalSek, List<Pair> settlements, NotPriced unpriced,
        Budget budget) {

    record Period(String validFrom, String validUntil) {
    }

    record Pair(String home, String provider, String month, long events, long amountOre, String amountSek, List<Line> lines) {
    }

    record Line(String kind, String code, String priceList, long priceOre, String priceSek, long events, String quantity,
            String unit, long amountOre, String amountSek) {
    }

    record NotPriced(long count, Map<String, Long> byReason, List<Shown> shown) {
    }

    record Shown(long line, String reason, String detail) {
    }

    record Budget(long budgetOre, String budgetSek, String key, List<Share> shares) {
    }

    record Share(String region, long weight, long totalWeight, long amountOre, String amountSek, String figure) {
    }

    /** Returns the JSON shape of a settlement. */
    public static SettlementJson of(SettlementReport report) {
        Settlement s = report.settlement();
        List<Period> periods = report.prices().versions().stream().map(SettlementJson::period).toList();
        List<Pair> pairs = s.pairs().stream().map(SettlementJson::pair).toList();
        Map<String, Long> byReason = new LinkedHashMap<>();
        s.unpriced().byReason().forEach((reason, n) -> byReason.put(reason.code(), n));
        List<Shown> shown = s.unpriced().first().stream().map(SettlementJson::shown).toList();
        return new SettlementJson(report.eventsFile(), report.pricesFile(),
                report.month() == null ? null : report.month().toString(), periods, s.rows(), s.priced(),
                s.unpriced().count(), s.outsideMonth(), s.totalOre(), Sek.format(s.totalOre()), pairs,
                new NotPriced(s.unpriced().count(), byReason, shown), budget(report.budget()));
    }

    private static Period period(PriceList list) {
        return new Period(list.validFrom().toString(), list.validUntil() == null ? null : list.validUntil().toString());
    }

    private static Pair pair(PairMonth p) {
        List<Line> lines = p.lines().stream().map(SettlementJson::line).toList();
        return new Pair(p.home(), p.provider(), p.month().toString(), p.count(), p.amountOre(), Sek.format(p.amountOre()), lines);
    }

    private static Line line(LineItem l) {
        return new Line(l.tariff().kind().code(), l.tariff().code(), l.priceListFrom().toString(), l.priceOre(),
                Sek.format(l.priceOre()), l.count(), l.tariff().kind().formatQuantity(l.quantity()), l.tariff().kind().unit(),
                l.amountOre(), Sek.format(l.amountOre()));
    }

    private static Shown shown(Unpriced u) {
        return new Shown(u.line(), u.reason().code(), u.detail());
    }

    private static Budget budget(SharedBudget b) {
        if (b == null) {
            return null;
        }
        List<Share> shares = b.shares().stream().map(s -> share(s, b.figures())).toList();
        return new Budget(b.budgetOre(), Sek.format(b.budgetOre()), b.key(), shares);
    }

    private static Share share(BudgetShares.Share s, List<KeyFigure> figures) {
        String figure = figures.stream().filter(f -> f.unitId().equals(s.regionId())).map(KeyFigure::id).findFirst().orElse(null);
        return new Share(s.regionId(), s.weight(), s.totalWeight(), s.amountOre(), Sek.format(s.amountOre()), figure);
    }
}
