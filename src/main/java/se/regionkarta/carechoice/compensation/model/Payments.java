package se.regionkarta.carechoice.compensation.model;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.regionkarta.registry.model.Ownership;

/**
 * The one rounding step of the compensation. Each part of a provider's month is first kept exact,
 * as a whole number of 1/Q öre with Q = 12 × 10 000 × (days of the month):
 * <ul>
 *   <li>capitation: Σ over listed person-days of (yearly amount of the band in öre) × (care need
 *   index in ten-thousandths, 10 000 when the model uses none). A person-day is worth
 *   amount × index / 12 / days of the month: a twelfth of the yearly amount a month, and of that
 *   month the share of its days the resident was listed (10 of 31 days give 10/31);</li>
 *   <li>fixed: the monthly amount × days open × 12 × 10 000, i.e. the share of the month's days
 *   the unit was open;</li>
 *   <li>visits: visits × fee × Q.</li>
 * </ul>
 * The provider's amount for the month is the sum, rounded once to whole öre, half up (half an öre
 * or more goes up). Its lines are then given whole öre that add up to that amount exactly: each
 * line its exact amount rounded down, and the öre left over one each to the lines with the largest
 * remainders (ties: the earlier line). So no line is a whole öre from its exact amount, and the
 * lines always add up.
 */
public final class Payments {

    /** 12 months × 10 000, the scale of the care need index. */
    public static final long PER_DAY_SCALE = 12L * CareNeedIndex.SCALE;

    private Payments() {
    }

    /** Returns Q for a month of this many days. */
    public static long denominator(int daysInMonth) {
        return PER_DAY_SCALE * daysInMonth;
    }

    /** A part of a provider's month before rounding: a line and its exact amount in 1/Q öre. */
    public record Share(PaymentLine.Kind kind, AgeBand band, Sex sex, long quantity, BigInteger exact) {
    }

    /** Rounds a provider's exact shares to its payment (see the class comment for the rule). */
    public static ProviderPayment pay(String provider, Ownership ownership, int openDays, List<Share> shares, long denominator) {
        BigInteger q = BigInteger.valueOf(denominator);
        BigInteger exact = BigInteger.ZERO;
        for (Share s : shares) {
            exact = exact.add(s.exact());
        }
        long amount = roundHalfUp(exact, denominator);
        long[] floors = new long[shares.size()];
        BigInteger[] remainders = new BigInteger[shares.size()];
        long left = amount;
        for (int i = 0; i < shares.size(); i++) {
            BigInteger[] qr = shares.get(i).exact().divideAndRemainder(q);
            floors[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            left -= floors[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
        for (int k = 0; k < left; k++) {
            floors[order.get(k)]++;
        }
        List<PaymentLine> lines = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            Share s = shares.get(i);
            lines.add(new PaymentLine(s.kind(), s.band(), s.sex(), s.quantity(), floors[i]));
        }
        return new ProviderPayment(provider, ownership, openDays, exact, amount, lines);
    }

    /** Rounds {@code exact}/{@code denominator} öre to whole öre, half up; both are not negative. */
    public static long roundHalfUp(BigInteger exact, long denominator) {
        if (exact.signum() < 0 || denominator <= 0) {
            throw new IllegalArgumentException("amounts to round are never negative");
        }
        BigInteger q = BigInteger.valueOf(denominator);
        return exact.shiftLeft(1).add(q).divide(q.shiftLeft(1)).longValueExact();
    }

    /**
     * Returns the capitation shares of one provider from the exact sums of its cells: for band b,
     * cell 2b holds women and 2b + 1 men; {@code weighted} holds Σ index × days, {@code days} Σ days.
     * A band paid alike for both sexes gets one line, a band paid by sex one line a sex; lines with no
     * person-day are left out.
     */
    public static List<Share> capitation(ModelVersion version, long[] weighted, long[] days, int offset) {
        List<Share> shares = new ArrayList<>();
        for (int b = 0; b < version.bands().size(); b++) {
            AgeBand band = version.bands().get(b);
            int f = offset + 2 * b;
            int m = f + 1;
            if (band.bySex()) {
                addShare(shares, band, Sex.FEMALE, days[f], weighted[f], band.femaleOre());
                addShare(shares, band, Sex.MALE, days[m], weighted[m], band.maleOre());
            } else {
                addShare(shares, band, null, days[f] + days[m], weighted[f] + weighted[m], band.femaleOre());
            }
        }
        return shares;
    }

    private static void addShare(List<Share> shares, AgeBand band, Sex sex, long days, long weighted, long ore) {
        if (days > 0) {
            shares.add(new Share(PaymentLine.Kind.CAPITATION, band, sex, days,
                    BigInteger.valueOf(weighted).multiply(BigInteger.valueOf(ore))));
        }
    }

    /** Returns the fixed share of a provider open {@code openDays} of the month, or null if it earns none. */
    public static Share fixed(long monthlyOre, int openDays) {
        if (monthlyOre == 0 || openDays == 0) {
            return null;
        }
        return new Share(PaymentLine.Kind.FIXED, null, null, openDays,
                BigInteger.valueOf(monthlyOre).multiply(BigInteger.valueOf(openDays)).multiply(BigInteger.valueOf(PER_DAY_SCALE)));
    }

    /** Returns the share of a number of visits of one kind of patient, or null if there were none. */
    public static Share visits(ModelVersion version, VisitCount.Patient patient, long visits, long denominator) {
        if (visits == 0) {
            return null;
        }
        PaymentLine.Kind kind = patient == VisitCount.Patient.LISTED ? PaymentLine.Kind.VISIT_LISTED : PaymentLine.Kind.VISIT_OTHER;
        return new Share(kind, null, null, visits, BigInteger.valueOf(visits).multiply(BigInteger.valueOf(version.visitOre(patient)))
                .multiply(BigInteger.valueOf(denominator)));
    }
}
