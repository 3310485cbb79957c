package se.regionkarta.carechoice.cli;

import java.io.PrintWriter;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import se.regionkarta.carechoice.compensation.ProvidersCsv;
import se.regionkarta.carechoice.compensation.model.ModelVersion;
import se.regionkarta.carechoice.compensation.model.MonthSettlement;
import se.regionkarta.carechoice.compensation.model.NotPaid;
import se.regionkarta.carechoice.compensation.model.Ore;
import se.regionkarta.carechoice.compensation.model.PaymentLine;
import se.regionkarta.carechoice.compensation.model.ProviderPayment;
import se.regionkarta.carechoice.compensation.model.WhatIfResult;

/** Prints a month's compensation as a table: a row a provider, the total, the age bands of all providers. */
final class CompensateText {

    private static final String ROW = "%-16s %-11s %5s %13s %18s %15s %15s %18s%n";

    private CompensateText() {
    }

    static void print(CompensateReport r, boolean lines, PrintWriter out) {
        MonthSettlement s = r.compensation().settlement();
        ModelVersion v = s.version();
        int days = s.month().lengthOfMonth();
        out.printf("Care-choice compensation: scheme %s, %s %d%n", s.scheme(),
                s.month().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH), s.month().getYear());
        out.printf("model      %s: %s, version %s–%s%s%n", r.modelFile(), r.model().id(), v.validFrom(),
                v.validUntil() == null ? "" : v.validUntil(), r.model().illustrative()
                        ? " (ILLUSTRATIVE: made up to show the engine, not any region's real model)" : "");
        out.printf("residents  %s: %s%n", r.residentsFile(), Ore.group(r.compensation().residents()));
        out.printf("listings   %s: %s rows, %s of the scheme in the month%n", r.listingsFile(),
                Ore.group(r.compensation().listingRows()), Ore.group(r.compensation().listingsUsed()));
        out.printf("rules      capitation a year / 12 × days listed / %d%s; fixed %s a unit and month × days open / %d;"
                + " visits %s (listed), %s (other)%n%n", days, v.careNeedWeighted() ? " × care need index" : "",
                Ore.grouped(v.fixedOrePerUnitMonth()), days, Ore.grouped(v.visitListedOre()), Ore.grouped(v.visitOtherOre()));
        out.printf(ROW, "provider", "ownership", "open", "listed/day", "capitation", "fixed", "visits", "amount (SEK)");
        long[] sums = new long[3];
        for (ProviderPayment p : s.providers()) {
            long capitation = p.amountOre(PaymentLine.Kind.CAPITATION);
            long fixed = p.amountOre(PaymentLine.Kind.FIXED);
            long visits = p.amountOre(PaymentLine.Kind.VISIT_LISTED) + p.amountOre(PaymentLine.Kind.VISIT_OTHER);
            out.printf(ROW, p.provider(), ProvidersCsv.code(p.ownership()), p.openDays() + "/" + days, perDay(p.personDays(), days),
                    Ore.grouped(capitation), Ore.grouped(fixed), Ore.grouped(visits), Ore.grouped(p.amountOre()));
            sums[0] += capitation;
            sums[1] += fixed;
            sums[2] += visits;
            if (lines) {
                for (PaymentLine l : p.lines()) {
                    out.printf("    %-30s %14s %-12s %37s%n", l.label(), Ore.group(l.quantity()), l.kind().unit(), Ore.grouped(l.amountOre()));
                }
            }
        }
        long personDays = s.providers().stream().mapToLong(ProviderPayment::personDays).sum();
        out.printf(ROW, "total", "", "", perDay(personDays, days), Ore.grouped(sums[0]), Ore.grouped(sums[1]),
                Ore.grouped(sums[2]), Ore.grouped(s.totalOre()));
        bands(s, out);
        notPaid(s.notPaid(), out);
        if (r.whatIf() != null) {
            whatIf(r.whatIf(), out);
        }
    }

    private static void bands(MonthSettlement s, PrintWriter out) {
        Map<String, long[]> byBand = new LinkedHashMap<>();
        s.version().bands().forEach(b -> {
            if (b.bySex()) {
                byBand.put(b.label() + " F", new long[2]);
                byBand.put(b.label() + " M", new long[2]);
            } else {
                byBand.put(b.label(), new long[2]);
            }
        });
        for (ProviderPayment p : s.providers()) {
            for (PaymentLine l : p.lines()) {
                if (l.kind() == PaymentLine.Kind.CAPITATION) {
                    long[] sum = byBand.get(l.band().label() + (l.sex() == null ? "" : " " + l.sex().code()));
                    sum[0] += l.quantity();
                    sum[1] += l.amountOre();
                }
            }
        }
        out.printf("%nCapitation by age band, all providers%n%-16s %16s %16s%n", "ages", "person-days", "amount (SEK)");
        byBand.forEach((band, sum) -> out.printf("%-16s %16s %16s%n", band, Ore.group(sum[0]), Ore.grouped(sum[1])));
    }

    private static void notPaid(NotPaid n, PrintWriter out) {
        if (n.closedPersonDays() + n.outsideAgesPersonDays() + n.visitsNotPaid() == 0) {
            return;
        }
        out.printf("%nNot paid: %s listed with a provider on days it was not open, %s at ages no band covers, %s on days the "
                + "provider was not open%n", count(n.closedPersonDays(), "person-day"), count(n.outsideAgesPersonDays(), "person-day"),
                count(n.visitsNotPaid(), "visit"));
    }

    private static void whatIf(WhatIfResult w, PrintWriter out) {
        String a = w.whatIf().from();
        String b = w.whatIf().to();
        out.printf("%nWhat if %s listed with %s on %s %s listed with %s from that day on?%n", count(w.whatIf().residents(), "resident"),
                a, w.whatIf().date(), w.whatIf().residents() == 1 ? "is" : "are", b);
        out.printf("moved: %s (those with the lowest ids listed with %s that day)%n%n", count(w.moved(), "resident"), a);
        String row = "%-16s %16s %16s %16s%n";
        out.printf(row, "provider", "before (SEK)", "after (SEK)", "change (SEK)");
        for (String p : new String[] {a, b}) {
            out.printf(row, p, Ore.grouped(w.before(p)), Ore.grouped(w.after(p)), Ore.grouped(w.after(p) - w.before(p)));
        }
        long before = w.before().totalOre();
        long after = w.after().totalOre();
        out.printf(row, "all providers", Ore.grouped(before), Ore.grouped(after), Ore.grouped(after - before));
    }

    /** Returns "1 visit", "2 visits", "1 234 person-days". */
    static String count(long n, String noun) {
        return Ore.group(n) + " " + noun + (n == 1 ? "" : "s");
    }

    /** Returns person-days / days as residents listed on an average day, with one decimal. */
    static String perDay(long personDays, int days) {
        long tenths = (personDays * 10 + days / 2) / days;
        return Ore.group(tenths / 10) + "." + tenths % 10;
    }
}
