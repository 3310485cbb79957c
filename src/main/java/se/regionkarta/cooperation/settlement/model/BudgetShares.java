package se.regionkarta.cooperation.settlement.model;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Shares a jointly funded budget between regions by an agreed key, for example their populations.
 * Each region's share is the exact fraction weight / sum of weights; its amount is that fraction of
 * the budget, rounded down to whole öre, and the öre left over go one each to the regions with the
 * largest remainders (the largest-remainder method). So the amounts always add up to the budget to
 * the öre, and no region is more than one öre from its exact share.
 *
 * <p>Equal remainders are broken by the larger weight, then by region id, so that the result does
 * not depend on the order the regions are given in.
 */
public final class BudgetShares {

    private BudgetShares() {
    }

    /** A region's weight in the key, for example its population. */
    public record Weight(String regionId, long weight) {
        public Weight {
            Objects.requireNonNull(regionId, "region");
            if (weight < 0) {
                throw new IllegalArgumentException("the weight of " + regionId + " cannot be negative, got " + weight);
            }
        }
    }

    /**
     * A region's share: the fraction {@code weight / totalWeight} of the budget and its amount.
     */
    public record Share(String regionId, long weight, long totalWeight, long amountOre) {
    }

    /**
     * Shares the budget; the result follows the order of the weights given.
     *
     * @throws IllegalArgumentException if the budget is negative, no weight is positive, or a region
     *     appears twice
     */
    public static List<Share> share(long budgetOre, List<Weight> weights) {
        if (budgetOre < 0) {
            throw new IllegalArgumentException("a budget cannot be negative");
        }
        long total = 0;
        for (Weight w : weights) {
            total = Math.addExact(total, w.weight());
        }
        if (total == 0) {
            throw new IllegalArgumentException("the key needs at least one region with a weight above zero");
        }
        if (weights.stream().map(Weight::regionId).distinct().count() != weights.size()) {
            throw new IllegalArgumentException("each region may appear only once in the key");
        }
        BigInteger budget = BigInteger.valueOf(budgetOre);
        BigInteger sum = BigInteger.valueOf(total);
        long[] amounts = new long[weights.size()];
        BigInteger[] remainders = new BigInteger[weights.size()];
        long given = 0;
        for (int i = 0; i < amounts.length; i++) {
            BigInteger[] qr = budget.multiply(BigInteger.valueOf(weights.get(i).weight())).divideAndRemainder(sum);
            amounts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            given += amounts[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed()
                .thenComparing(Comparator.<Integer>comparingLong(i -> weights.get(i).weight()).reversed())
                .thenComparing(i -> weights.get(i).regionId()));
        for (int k = 0; k < budgetOre - given; k++) {
            amounts[order.get(k)]++;
        }
        List<Share> shares = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            shares.add(new Share(weights.get(i).regionId(), weights.get(i).weight(), total, amounts[i]));
        }
        return List.copyOf(shares);
    }
}
