package se.regionkarta.cooperation.settlement.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Settles care events one by one, as the rules read: the plain statement of what the fast engine
 * ({@code se.regionkarta.cooperation.settlement.Settler}) computes over millions of rows, and the
 * oracle its tests compare it with.
 *
 * <p>An event is checked in this order, and the first failing check is its reason: the region
 * ids, the providing unit, home and provider differing, a price for its kind and code in some
 * price list, a price list valid on its date, a price in that list. Only then is it priced by
 * {@link Pricing} and added to the line of its pair, month, tariff and price list.
 */
public final class Settlements {

    private Settlements() {
    }

    private record Key(String home, String provider, YearMonth month) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparing(Key::home).thenComparing(Key::provider)
                .thenComparing(Key::month);

        @Override
        public int compareTo(Key o) {
            return ORDER.compare(this, o);
        }
    }

    private record LineKey(Tariff tariff, LocalDate priceListFrom) implements Comparable<LineKey> {
        private static final Comparator<LineKey> ORDER = Comparator.comparing(LineKey::tariff)
                .thenComparing(LineKey::priceListFrom);

        @Override
        public int compareTo(LineKey o) {
            return ORDER.compare(this, o);
        }
    }

    /**
     * Settles the events.
     *
     * @param regions the ids of the regions that may buy and sell care
     * @param month only events dated in this month are settled; null for all
     * @param keep how many unpriced events to list (all are counted)
     */
    public static Settlement settle(List<CareEvent> events, PriceLists prices, Set<String> regions, YearMonth month,
            int keep) {
        Map<Key, Map<LineKey, long[]>> cells = new TreeMap<>();
        Map<UnpricedReason, Long> byReason = new EnumMap<>(UnpricedReason.class);
        List<Unpriced> first = new ArrayList<>();
        long total = 0;
        long priced = 0;
        long outside = 0;
        for (CareEvent e : events) {
            if (month != null && !YearMonth.from(e.date()).equals(month)) {
                outside++;
                continue;
            }
            Optional<Unpriced> problem = check(e, prices, regions);
            if (problem.isPresent()) {
                byReason.merge(problem.get().reason(), 1L, Long::sum);
                if (first.size() < keep) {
                    first.add(problem.get());
                }
                continue;
            }
            PriceList list = prices.validOn(e.date()).orElseThrow();
            Tariff tariff = list.tariffFor(e.kind(), e.code()).orElseThrow();
            long price = list.priceOre(tariff);
            long amount = Pricing.amountOre(e.kind(), e.quantity(), price);
            long[] cell = cells.computeIfAbsent(new Key(e.homeRegion(), e.providerRegion(), YearMonth.from(e.date())),
                    k -> new TreeMap<>()).computeIfAbsent(new LineKey(tariff, list.validFrom()), k -> new long[4]);
            cell[0]++;
            cell[1] += e.quantity();
            cell[2] = Math.addExact(cell[2], amount);
            cell[3] = price;
            total = Math.addExact(total, amount);
            priced++;
        }
        List<PairMonth> pairs = new ArrayList<>();
        cells.forEach((key, lines) -> {
            List<LineItem> items = new ArrayList<>();
            lines.forEach((lk, c) -> items.add(new LineItem(lk.tariff(), lk.priceListFrom(), c[3], c[0], c[1], c[2])));
            pairs.add(new PairMonth(key.home(), key.provider(), key.month(), items));
        });
        long unpriced = byReason.values().stream().mapToLong(Long::longValue).sum();
        return new Settlement(pairs, total, events.size(), priced, outside,
                new UnpricedSummary(unpriced, byReason, first));
    }

    /** Returns why the event cannot be priced, or nothing if it can. */
    static Optional<Unpriced> check(CareEvent e, PriceLists prices, Set<String> regions) {
        for (String region : List.of(e.homeRegion(), e.providerRegion())) {
            if (!regions.contains(region)) {
                return problem(e, UnpricedReason.UNKNOWN_REGION, "unknown region '" + region + "'");
            }
        }
        if (!e.unitInProviderRegion()) {
            return problem(e, UnpricedReason.UNIT_OUTSIDE_REGION,
                    "unit '" + e.providerUnit() + "' is not in region '" + e.providerRegion() + "'");
        }
        if (e.homeRegion().equals(e.providerRegion())) {
            return problem(e, UnpricedReason.SAME_REGION, "care within region '" + e.homeRegion() + "' is not sold");
        }
        if (!prices.knows(e.kind(), e.code())) {
            return problem(e, UnpricedReason.UNKNOWN_CODE, noPriceFor(e.kind(), e.code()) + " in any price list");
        }
        Optional<PriceList> list = prices.validOn(e.date());
        if (list.isEmpty()) {
            return problem(e, UnpricedReason.NO_PRICE_LIST, "no price list is valid on " + e.date());
        }
        if (list.get().tariffFor(e.kind(), e.code()).isEmpty()) {
            return problem(e, UnpricedReason.NO_PRICE, noPriceFor(e.kind(), e.code()) + " in the price list "
                    + list.get().period());
        }
        return Optional.empty();
    }

    /** Returns the words for a missing price: {@code no price for visit 'hud'}. */
    public static String noPriceFor(CareKind kind, String code) {
        return "no price for " + kind.code() + (code.isEmpty() ? " without a code" : " '" + code + "'");
    }

    private static Optional<Unpriced> problem(CareEvent e, UnpricedReason reason, String detail) {
        return Optional.of(new Unpriced(e.line(), reason, detail));
    }
}
