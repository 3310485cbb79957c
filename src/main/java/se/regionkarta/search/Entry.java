package se.regionkarta.search;

import java.util.List;
import java.util.Objects;

/**
 * One fact as the index sees it: what to show when it is found, and its words, split by weight.
 *
 * @param kind the export section name, for example {@code units}
 * @param label the Swedish name of the fact's kind, for example "sjukhus" or "nämnd"
 * @param place where the fact belongs, usually its region's name; may be empty
 * @param names the fact's own names, which weigh most
 * @param texts descriptions, places and other words that also find the fact
 */
record Entry(String kind, String id, String title, String label, String place, List<String> names, List<String> texts) {

    Entry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        label = label == null ? "" : label;
        place = place == null ? "" : place;
        names = names.stream().filter(Entry::present).toList();
        texts = texts.stream().filter(Entry::present).toList();
    }

    /** Returns the line under a hit's title: "label · place", or just the label. */
    String subtitle() {
        return present(place) ? label + " · " + place : label;
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
