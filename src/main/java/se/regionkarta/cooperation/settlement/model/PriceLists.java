package se.regionkarta.cooperation.settlement.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * All versions of the price list, oldest first. Their periods never overlap, so on any day at most
 * one version is valid; that version prices every event dated that day.
 */
public record PriceLists(List<PriceList> versions) {

    public PriceLists {
        List<PriceList> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(PriceList::validFrom));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException("the price lists " + sorted.get(i - 1).period() + " and "
                        + sorted.get(i).period() + " overlap; on any day only one price list may be valid");
            }
        }
        versions = List.copyOf(sorted);
    }

    /** Returns the version valid on the day, if any. */
    public Optional<PriceList> validOn(LocalDate day) {
        for (PriceList list : versions) {
            if (list.validOn(day)) {
                return Optional.of(list);
            }
        }
        return Optional.empty();
    }

    /** Returns every tariff that some version prices, in order. */
    public SortedSet<Tariff> tariffs() {
        SortedSet<Tariff> all = new TreeSet<>();
        versions.forEach(v -> all.addAll(v.prices().keySet()));
        return all;
    }

    /**
     * Tells whether some version prices care of the kind and code: the code itself or the kind for
     * any code. An event with a code no version knows is reported as such, whatever its date.
     */
    public boolean knows(CareKind kind, String code) {
        return tariffs().contains(new Tariff(kind, code)) || tariffs().contains(Tariff.anyCode(kind));
    }
}
