package se.regionkarta.dataset.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import se.regionkarta.provenance.model.Identified;

/**
 * Every fact of the registry at one moment, as plain values, kept by {@link FactKind}: what a data
 * directory holds, what the store holds, and what a snapshot is built from. Immutable; a changed
 * dataset is a new one ({@link #with}, {@link #filter}).
 */
public final class Dataset {

    private static final Dataset EMPTY = new Builder().build();

    private final Map<FactKind, List<? extends Identified>> parts;

    private Dataset(Map<FactKind, List<? extends Identified>> parts) {
        this.parts = parts;
    }

    public static Dataset empty() {
        return EMPTY;
    }

    /** Returns the facts of the kind whose records are of the given type, in the order they were added. */
    @SuppressWarnings("unchecked") // the builder files every fact under the kind of its own class
    public <T extends Identified> List<T> all(Class<T> type) {
        return (List<T>) parts.get(FactKind.of(type));
    }

    /** Returns the facts of one kind, in the order they were added. */
    public List<? extends Identified> all(FactKind kind) {
        return parts.get(kind);
    }

    /** Returns every fact, kind by kind in {@link FactKind} order. */
    public Stream<Identified> facts() {
        return parts.values().stream().flatMap(List::stream);
    }

    /** Returns the same dataset with the facts of one kind replaced. */
    public <T extends Identified> Dataset with(Class<T> type, Collection<? extends T> facts) {
        Map<FactKind, List<? extends Identified>> copy = new EnumMap<>(parts);
        copy.put(FactKind.of(type), List.copyOf(facts));
        return new Dataset(copy);
    }

    /** Returns the dataset with only the facts of one kind that pass the test; the other kinds are kept whole. */
    public <T extends Identified> Dataset filter(Class<T> type, Predicate<? super T> keep) {
        return with(type, all(type).stream().filter(keep).toList());
    }

    /** Returns the number of facts of every kind together. */
    public int size() {
        return parts.values().stream().mapToInt(List::size).sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Dataset d && parts.equals(d.parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    @Override
    public String toString() {
        return "Dataset" + parts;
    }

    /** Collects facts of any kind; each is filed under the kind of its record type. */
    public static final class Builder {
        private final Map<FactKind, List<Identified>> parts = new EnumMap<>(FactKind.class);

        public Builder add(Identified fact) {
            parts.computeIfAbsent(FactKind.of(fact), k -> new ArrayList<>()).add(fact);
            return this;
        }

        public Builder addAll(Collection<? extends Identified> facts) {
            facts.forEach(this::add);
            return this;
        }

        public Dataset build() {
            Map<FactKind, List<? extends Identified>> built = new EnumMap<>(FactKind.class);
            for (FactKind kind : FactKind.values()) {
                built.put(kind, List.copyOf(parts.getOrDefault(kind, List.of())));
            }
            return new Dataset(built);
        }
    }
}
