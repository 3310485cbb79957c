package se.regionkarta.cooperation.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import se.regionkarta.cooperation.SettlementReport;
import se.regionkarta.cooperation.SharedBudget;
import se.regionkarta.cooperation.settlement.model.BudgetShares;
import se.regionkarta.cooperation.settlement.model.LineItem;
import se.regionkarta.cooperation.settlement.model.PairMonth;
import se.regionkarta.cooperation.settlement.model.PriceList;
import se.regionkarta.cooperation.settlement.model.Sek;
import se.regionkarta.cooperation.settlement.model.Settlement;
import se.regionkarta.cooperation.settlement.model.Unpriced;
import se.regionkarta.cooperation.settlement.model.UnpricedReason;
import se.regionkarta.figures.model.KeyFigure;

/** Prints a settlement as a table for people. */
final class SettleText {

    private static final String ROW = "%-20s %-20s %-8s %12s %20s%n";

    private SettleText() {
    }

    static void print(SettlementReport report, boolean lines, PrintWriter out) {
        Settlement s = report.settlement();
        out.println("Settlement of care sold between regions");
        out.printf("events  %s: %s rows, %s priced, %s not priced%n", report.eventsFile(), n(s.rows()), n(s.priced()),
                n(s.unpriced().count()));
        out.printf("prices  %s: %s%n", report.pricesFile(), report.prices().versions().stream().map(PriceList::period)
                .collect(Collectors.joining(", ")));
        if (report.month() != null) {
            out.printf("month   %s (%s events of other months not settled)%n", report.month(), n(s.outsideMonth()));
        }
        out.println();
        out.printf(ROW, "home region", "providing region", "month", "events", "amount (SEK)");
        for (PairMonth pair : s.pairs()) {
            out.printf(ROW, pair.home(), pair.provider(), pair.month(), n(pair.count()), Sek.formatGrouped(pair.amountOre()));
            if (lines) {
                for (LineItem line : pair.lines()) {
                    String what = "    " + line.tariff().label() + ", " + line.tariff().kind().formatQuantity(line.quantity())
                            + " " + line.tariff().kind().unit() + " × " + Sek.formatGrouped(line.priceOre());
                    out.printf("%-50s %12s %20s%n", what, n(line.count()), Sek.formatGrouped(line.amountOre()));
                }
            }
        }
        out.printf(ROW, "total", "", "", n(s.priced()), Sek.formatGrouped(s.totalOre()));
        unpriced(s, out);
        if (report.budget() != null) {
            budget(report.budget(), out);
        }
    }

    private static void unpriced(Settlement s, PrintWriter out) {
        if (s.unpriced().count() == 0) {
            return;
        }
        Map<UnpricedReason, Long> by = s.unpriced().byReason();
        out.println();
        String reasons = by.entrySet().stream().map(e -> e.getKey().code() + " " + n(e.getValue()))
                .collect(Collectors.joining(", "));
        out.printf("Not priced: %s %s (%s)", n(s.unpriced().count()), s.unpriced().count() == 1 ? "event" : "events", reasons);
        out.println(s.unpriced().first().isEmpty() ? "" : s.unpriced().first().size() == s.unpriced().count()
                ? ":" : "; the first " + s.unpriced().first().size() + ":");
        for (Unpriced u : s.unpriced().first()) {
            out.printf("  line %-10d %-20s %s%n", u.line(), u.reason().code(), u.detail());
        }
    }

    private static void budget(SharedBudget budget, PrintWriter out) {
        out.println();
        out.printf("Budget of %s SEK shared by %s%n", Sek.formatGrouped(budget.budgetOre()), budget.key());
        out.printf("%-20s %12s %24s %20s  %s%n", "region", "weight", "share", "amount (SEK)",
                budget.figures().isEmpty() ? "" : "figure");
        for (BudgetShares.Share share : budget.shares()) {
            String figure = budget.figures().stream().filter(f -> f.unitId().equals(share.regionId()))
                    .map(KeyFigure::id).findFirst().orElse("");
            out.printf("%-20s %12s %24s %20s  %s%n", share.regionId(), n(share.weight()),
                    share.weight() + "/" + share.totalWeight(), Sek.formatGrouped(share.amountOre()), figure);
        }
    }

    /** Writes a count with the thousands grouped by spaces. */
    static String n(long count) {
        return String.format(Locale.ROOT, "%,d", count).replace(',', ' ');
    }
}
