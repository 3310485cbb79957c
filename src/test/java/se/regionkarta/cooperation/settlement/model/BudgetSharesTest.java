package se.regionkarta.cooperation.settlement.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BudgetSharesTest {

    @Test
    @DisplayName("Sydöstra's budget by population: exact fractions, the left-over öre to the largest remainders")
    void byPopulation() {
        // 100 000.00 SEK by the populations of Östergötland 472 446, Jönköping 368 856, Kalmar 246 667 (1 087 969):
        // 10 000 000 × 472 446 / 1 087 969 = 4 342 458.29…, × 368 856 = 3 390 317.19…, × 246 667 = 2 267 224.53…
        // the floors add up to 9 999 999; the one öre left goes to Kalmar, whose remainder (.53) is the largest
        List<BudgetShares.Share> shares = BudgetShares.share(10_000_000, List.of(
                new BudgetShares.Weight("ostergotland", 472_446), new BudgetShares.Weight("jonkoping", 368_856),
                new BudgetShares.Weight("kalmar", 246_667)));

        assertThat(shares).extracting(BudgetShares.Share::amountOre).containsExactly(4_342_458L, 3_390_317L, 2_267_225L);
        assertThat(shares).allSatisfy(s -> assertThat(s.totalWeight()).isEqualTo(1_087_969));
    }

    @Test
    @DisplayName("equal remainders go to the larger weight, then the earlier region id, whatever the order given")
    void ties() {
        // 1 öre between two equal regions: the tie is broken by id
        List<BudgetShares.Share> shares = BudgetShares.share(1, List.of(new BudgetShares.Weight("kalmar", 1),
                new BudgetShares.Weight("blekinge", 1)));

        assertThat(shares).extracting(BudgetShares.Share::amountOre).containsExactly(0L, 1L);
    }

    @Test
    @DisplayName("a key without weight, a region twice or a negative budget is refused")
    void invalid() {
        assertThatThrownBy(() -> BudgetShares.share(100, List.of(new BudgetShares.Weight("a", 0))))
                .hasMessageContaining("weight above zero");
        assertThatThrownBy(() -> BudgetShares.share(100, List.of(new BudgetShares.Weight("a", 1),
                new BudgetShares.Weight("a", 2)))).hasMessageContaining("once");
        assertThatThrownBy(() -> BudgetShares.share(-1, List.of(new BudgetShares.Weight("a", 1))))
                .hasMessageContaining("negative");
    }

    @Property
    @Label("the shares add up to the budget to the öre, each within one öre of its exact fraction")
    void sharesAddUp(@ForAll @LongRange(min = 0, max = 100_000_000_000_000L) long budget,
            @ForAll @Size(min = 1, max = 21) List<@LongRange(min = 0, max = 3_000_000) Long> weights) {
        List<BudgetShares.Weight> key = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            key.add(new BudgetShares.Weight("r" + i, weights.get(i)));
        }
        long total = weights.stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return;
        }
        List<BudgetShares.Share> shares = BudgetShares.share(budget, key);

        assertThat(shares.stream().mapToLong(BudgetShares.Share::amountOre).sum()).isEqualTo(budget);
        for (BudgetShares.Share s : shares) {
            BigInteger exactTimesTotal = BigInteger.valueOf(budget).multiply(BigInteger.valueOf(s.weight()));
            BigInteger oursTimesTotal = BigInteger.valueOf(s.amountOre()).multiply(BigInteger.valueOf(total));
            assertThat(oursTimesTotal.subtract(exactTimesTotal).abs()).isLessThan(BigInteger.valueOf(total));
        }
    }

    @Property
    @Label("the shares do not depend on the order the regions are given in")
    void orderFree(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long budget,
            @ForAll @Size(min = 1, max = 10) List<@LongRange(min = 1, max = 1000) Long> weights,
            @ForAll @IntRange(min = 0, max = 1000) int seed) {
        List<BudgetShares.Weight> key = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            key.add(new BudgetShares.Weight("r" + i, weights.get(i)));
        }
        List<BudgetShares.Weight> shuffled = new ArrayList<>(key);
        Collections.shuffle(shuffled, new java.util.Random(seed));

        List<BudgetShares.Share> a = new ArrayList<>(BudgetShares.share(budget, key));
        List<BudgetShares.Share> b = new ArrayList<>(BudgetShares.share(budget, shuffled));
        a.sort(java.util.Comparator.comparing(BudgetShares.Share::regionId));
        b.sort(java.util.Comparator.comparing(BudgetShares.Share::regionId));
        assertThat(b).isEqualTo(a);
    }
}
