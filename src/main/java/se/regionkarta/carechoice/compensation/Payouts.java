package se.regionkarta.carechoice.compensation;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.regionkarta.carechoice.compensation.model.ModelVersion;
import se.regionkarta.carechoice.compensation.model.MonthSettlement;
import se.regionkarta.carechoice.compensation.model.NotPaid;
import se.regionkarta.carechoice.compensation.model.Payments;
import se.regionkarta.carechoice.compensation.model.ProviderPayment;
import se.regionkarta.carechoice.compensation.model.VisitCount;
import se.regionkarta.fastcsv.ByteDictionary;

/**
 * Turns a month's sums ({@link MonthTable}) and visits into every provider's payment, in order of
 * provider id, by the rules' own rounding ({@link Payments}): a few thousand providers, so this
 * part works with objects.
 */
final class Payouts {

    private Payouts() {
    }

    static MonthSettlement settle(String scheme, ModelVersion version, YearMonth month, MonthTable sums, ByteDictionary providers,
            ProviderDays days, List<VisitCount> visits) {
        long q = Payments.denominator(month.lengthOfMonth());
        List<VisitCount> ofMonth = visits.stream().filter(v -> v.scheme().equals(scheme) && YearMonth.from(v.date()).equals(month))
                .toList();
        int[] providerOf = new int[ofMonth.size()];
        for (int k = 0; k < ofMonth.size(); k++) {
            byte[] id = ofMonth.get(k).provider().getBytes(StandardCharsets.UTF_8);
            // without a providers file, a provider named only by visits is a provider too
            providerOf[k] = days.fromFile() ? providers.find(id, 0, id.length) : providers.add(id, 0, id.length);
            if (providerOf[k] < 0) {
                throw new IllegalArgumentException("a visit names provider '" + ofMonth.get(k).provider()
                        + "', which the providers file does not have for scheme " + scheme);
            }
        }
        long[][] visitCounts = new long[providers.size()][];
        long visitsNotPaid = 0;
        for (int k = 0; k < ofMonth.size(); k++) {
            VisitCount v = ofMonth.get(k);
            int p = providerOf[k];
            if (!days.isOpen(p, EpochDays.of(v.date()))) {
                visitsNotPaid += v.visits();
                continue;
            }
            if (visitCounts[p] == null) {
                visitCounts[p] = new long[2];
            }
            visitCounts[p][v.patient().ordinal()] += v.visits();
        }
        List<ProviderPayment> paid = new ArrayList<>();
        long total = 0;
        for (int p : inOrder(providers)) {
            int open = days.openDays(p, month);
            boolean seen = p < sums.seen.length && sums.seen[p];
            if (open > 0 && (days.fromFile() || seen || visitCounts[p] != null)) {
                ProviderPayment payment = pay(version, providers.word(p), p, open, seen ? sums : null, visitCounts[p], days, q);
                paid.add(payment);
                total = Math.addExact(total, payment.amountOre());
            }
        }
        return new MonthSettlement(scheme, month, version, q, paid, total, new NotPaid(sums.closedDays, sums.outsideDays, visitsNotPaid));
    }

    private static ProviderPayment pay(ModelVersion version, String id, int p, int open, MonthTable sums, long[] visits,
            ProviderDays days, long q) {
        List<Payments.Share> shares = new ArrayList<>();
        if (sums != null) {
            shares.addAll(Payments.capitation(version, sums.weighted, sums.days, p * sums.cells));
        }
        long[] v = visits == null ? new long[2] : visits;
        addIfAny(shares, Payments.fixed(version.fixedOre(id), open));
        addIfAny(shares, Payments.visits(version, VisitCount.Patient.LISTED, v[0], q));
        addIfAny(shares, Payments.visits(version, VisitCount.Patient.OTHER, v[1], q));
        return Payments.pay(id, days.ownership(p), open, shares, q);
    }

    private static List<Integer> inOrder(ByteDictionary providers) {
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < providers.size(); p++) {
            order.add(p);
        }
        order.sort(Comparator.comparing(providers::word));
        return order;
    }

    private static void addIfAny(List<Payments.Share> shares, Payments.Share share) {
        if (share != null) {
            shares.add(share);
        }
    }
}
