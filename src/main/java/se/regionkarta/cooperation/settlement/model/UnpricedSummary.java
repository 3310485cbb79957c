package se.regionkarta.cooperation.settlement.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The events that could not be priced: how many, how many for each reason, and the first of them
 * in the order of the input (the report lists a limited number; the counts are always complete).
 */
public record UnpricedSummary(long count, Map<UnpricedReason, Long> byReason, List<Unpriced> first) {

    public UnpricedSummary {
        EnumMap<UnpricedReason, Long> copy = new EnumMap<>(UnpricedReason.class);
        copy.putAll(byReason);
        copy.values().removeIf(n -> n == 0);
        byReason = Collections.unmodifiableMap(copy);
        first = List.copyOf(first);
        long sum = copy.values().stream().mapToLong(Long::longValue).sum();
        if (sum != count || first.size() > count) {
            throw new IllegalArgumentException("the unpriced events by reason (" + sum + ") do not add up to " + count);
        }
    }

    public static final UnpricedSummary NONE = new UnpricedSummary(0, Map.of(), List.of());
}
