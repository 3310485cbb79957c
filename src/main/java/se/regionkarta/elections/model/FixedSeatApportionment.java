package se.regionkarta.elections.model;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Divides a region's fixed seats between its constituencies by the number of people entitled to
 * vote there: one seat for each whole quota (all eligible voters / fixed seats), the seats left over
 * to the largest remainders (Elections Act 4 kap.). Exact: remainders are compared as fractions.
 */
final class FixedSeatApportionment {

    private FixedSeatApportionment() {
    }

    static Map<String, Integer> apportion(Map<String, Long> eligible, int seats, Lot lot) {
        long total = eligible.values().stream().mapToLong(Long::longValue).sum();
        if (total <= 0) {
            throw new IllegalArgumentException("no constituency has any eligible voters to share the fixed seats by");
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        List<Map.Entry<String, Long>> remainders = new ArrayList<>(); // remainder numerators over the common denominator total
        int given = 0;
        for (Map.Entry<String, Long> c : eligible.entrySet()) {
            // eligible / (total / seats) = eligible * seats / total
            BigInteger[] qr = BigInteger.valueOf(c.getValue()).multiply(BigInteger.valueOf(seats))
                    .divideAndRemainder(BigInteger.valueOf(total));
            out.put(c.getKey(), qr[0].intValueExact());
            given += qr[0].intValueExact();
            remainders.add(Map.entry(c.getKey(), qr[1].longValueExact()));
        }
        remainders.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
        int left = seats - given;
        int i = 0;
        while (left > 0) {
            long value = remainders.get(i).getValue();
            List<String> tied = new ArrayList<>();
            for (int j = i; j < remainders.size() && remainders.get(j).getValue() == value; j++) {
                tied.add(remainders.get(j).getKey());
            }
            List<String> winners = tied.size() <= left ? tied : drawMany(tied, left, lot, seats - left + 1, value, total);
            winners.forEach(w -> out.merge(w, 1, Integer::sum));
            left -= winners.size();
            i += tied.size();
        }
        return out;
    }

    private static List<String> drawMany(List<String> tied, int seats, Lot lot, int firstSeat, long remainder, long total) {
        List<String> pool = new ArrayList<>(tied);
        List<String> winners = new ArrayList<>();
        for (int k = 0; k < seats; k++) {
            String w = lot.draw("fixed seats to constituencies (largest remainder)", firstSeat + k, pool, true,
                    new ComparisonFigure(remainder, total));
            pool.remove(w);
            winners.add(w);
        }
        return winners;
    }
}
