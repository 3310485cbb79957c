package se.regionkarta.carechoice.compensation.model;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The compensation of every provider of a scheme for one month, by one model version.
 *
 * @param denominator the exact amounts' unit is 1/denominator öre: 12 months × 10 000 (the care need
 *     index's scale) × the days of the month
 * @param providers ordered by provider id
 * @param totalOre the sum of the providers' amounts: what the region pays
 */
public record MonthSettlement(String scheme, YearMonth month, ModelVersion version, long denominator,
        List<ProviderPayment> providers, long totalOre, NotPaid notPaid) {

    public MonthSettlement {
        Objects.requireNonNull(month, "month");
        providers = List.copyOf(providers);
        long sum = 0;
        for (ProviderPayment p : providers) {
            sum = Math.addExact(sum, p.amountOre());
        }
        if (sum != totalOre) {
            throw new IllegalArgumentException("the providers add up to " + sum + " öre, not " + totalOre);
        }
    }

    /** Returns the payment of the provider, if it was open in the month. */
    public Optional<ProviderPayment> provider(String id) {
        return providers.stream().filter(p -> p.provider().equals(id)).findFirst();
    }

    /** Returns the exact total before rounding, in units of 1/{@link #denominator} öre. */
    public java.math.BigInteger exactTotal() {
        return providers.stream().map(ProviderPayment::exact).reduce(java.math.BigInteger.ZERO, java.math.BigInteger::add);
    }
}
