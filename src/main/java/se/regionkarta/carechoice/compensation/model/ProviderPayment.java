package se.regionkarta.carechoice.compensation.model;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import se.regionkarta.registry.model.Ownership;

/**
 * What one provider is paid for a month, line by line.
 *
 * @param ownership region-run or private, when the providers file says so; else null
 * @param openDays the days of the month the provider was open
 * @param exact the exact amount before rounding, in units of 1/{@link MonthSettlement#denominator} öre
 * @param amountOre the amount paid: {@code exact} rounded half up to whole öre, once
 * @param lines the amount in lines whose amounts add up to {@code amountOre}
 */
public record ProviderPayment(String provider, Ownership ownership, int openDays, BigInteger exact, long amountOre,
        List<PaymentLine> lines) {

    public ProviderPayment {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(exact, "exact");
        lines = List.copyOf(lines);
        long sum = 0;
        for (PaymentLine line : lines) {
            sum = Math.addExact(sum, line.amountOre());
        }
        if (sum != amountOre) {
            throw new IllegalArgumentException("the lines of " + provider + " add up to " + sum + " öre, not " + amountOre);
        }
    }

    /** Returns the person-days listed with the provider on days it was open and paid for. */
    public long personDays() {
        return lines.stream().filter(l -> l.kind() == PaymentLine.Kind.CAPITATION).mapToLong(PaymentLine::quantity).sum();
    }

    /** Returns the sum of the lines of one kind. */
    public long amountOre(PaymentLine.Kind kind) {
        return lines.stream().filter(l -> l.kind() == kind).mapToLong(PaymentLine::amountOre).sum();
    }
}
