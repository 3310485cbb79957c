package se.regionkarta.snapshot;

import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import se.regionkarta.cooperation.model.CooperationBody;
import se.regionkarta.cooperation.model.HealthcareRegion;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.politics.model.Body;
import se.regionkarta.provenance.model.Identified;
import se.regionkarta.registry.model.Unit;

/**
 * An immutable, indexed view of a whole dataset, answering "as of" any day. Reads never touch the
 * store: a snapshot is built from it and replaced as a whole after a change.
 *
 * <p>The snapshot holds what every feature shares: facts by kind and id, and the organisation
 * (units, their children and ancestors on a day). Each feature asks its own questions through a
 * query class ({@code PoliticsQueries}, {@code FigureQueries}, …) that it gets with {@link #memo}, so
 * that its indexes are built once per snapshot, and only when a feature is first asked: a command
 * that prints one tree builds no index of seats or conflicts.
 */
public final class Snapshot {

    private static final Collator SWEDISH = Collator.getInstance(Locale.forLanguageTag("sv-SE"));

    private final Dataset dataset;
    private final AtomicReferenceArray<Map<String, Identified>> byId =
            new AtomicReferenceArray<>(FactKind.values().length);
    private final Map<Class<?>, Object> memo = new ConcurrentHashMap<>();
    /**
     * Collation keys of the names compared when a child that had another name on the day asked about
     * is put in its place; filled as needed (a few names per renamed unit), so it stays small. Without
     * it, those comparisons made a tree as of five years back take twice as long as today's
     * (docs/benchmarks.md, "History (issue 5)").
     */
    private final Map<String, CollationKey> collationKeys = new ConcurrentHashMap<>();

    public Snapshot(Dataset dataset) {
        this.dataset = dataset;
    }

    public Dataset dataset() {
        return dataset;
    }

    /**
     * Returns what {@code build} makes of this snapshot, built on the first call for that key and
     * kept for the snapshot's life. Features keep their query classes here. Two threads asking at
     * once may both build; the first to finish is kept (a query class is a pure function of the
     * snapshot, so the two are alike). Building may itself ask for other memos.
     */
    public <Q> Q memo(Class<Q> key, Function<Snapshot, Q> build) {
        Object found = memo.get(key);
        if (found == null) {
            Q built = build.apply(this);
            found = memo.putIfAbsent(key, built);
            if (found == null) {
                found = built;
            }
        }
        return key.cast(found);
    }

    /** Returns the fact of the given type and id. */
    public <T extends Identified> Optional<T> get(Class<T> type, String id) {
        return Optional.ofNullable(type.cast(idsOf(FactKind.of(type)).get(id)));
    }

    /** Returns the fact of the given kind and id. */
    public Optional<Identified> get(FactKind kind, String id) {
        return Optional.ofNullable(idsOf(kind).get(id));
    }

    /** Tells whether any fact of any kind has the id (claims may be about units, bodies and others). */
    public boolean exists(String id) {
        for (FactKind kind : FactKind.values()) {
            if (idsOf(kind).containsKey(id)) {
                return true;
            }
        }
        return false;
    }

    public Optional<Unit> unit(String id) {
        return get(Unit.class, id);
    }

    /**
     * Finds units by id or by name, also a former one. Names match ignoring case and accents
     * ({@link Names}), so "halso- och sjukvardsforvaltningen" finds the unit, and so does a name that
     * a terminal without UTF-8 turned into replacement characters; a name may match several units (the caller then asks for an id).
     */
    public List<Unit> findUnits(String idOrName) {
        Optional<Unit> byExactId = unit(idOrName.strip());
        if (byExactId.isPresent()) {
            return List.of(byExactId.get());
        }
        Names.Typed wanted = Names.typed(idOrName);
        List<Unit> units = dataset.all(Unit.class);
        List<Unit> byName = units.stream().filter(u -> wanted.matches(u.name())).toList();
        if (!byName.isEmpty()) {
            return byName;
        }
        return units.stream().filter(u -> u.formerNames().stream().anyMatch(f -> wanted.matches(f.name()))).toList();
    }

    /** Returns the units with no parent on the given day that exist then: regions and their kin. */
    public List<Unit> roots(LocalDate day) {
        return dataset.all(Unit.class).stream()
                .filter(u -> u.validity().contains(day) && u.parentOn(day).isEmpty())
                .sorted(Comparator.comparing(Unit::kind).thenComparing(u -> u.nameOn(day), SWEDISH))
                .toList();
    }

    /**
     * Returns the children of a unit on the given day, by kind (in {@link se.regionkarta.registry.model.UnitKind}
     * order), then by the name each had that day.
     */
    public List<Unit> children(String unitId, LocalDate day) {
        List<Unit> out = new ArrayList<>();
        List<Unit> otherName = new ArrayList<>();
        for (Unit u : memo(ChildIndex.class, ChildIndex::new).of(unitId)) {
            if (u.validity().contains(day) && u.parentOn(day).filter(unitId::equals).isPresent()) {
                (!u.formerNames().isEmpty() && !u.nameOn(day).equals(u.name()) ? otherName : out).add(u);
            }
        }
        // the rest keep the order of their current names; a child called otherwise that day is put in its place
        Comparator<Unit> order = Comparator.comparing(Unit::kind).thenComparing(u -> collationKey(u.nameOn(day)));
        for (Unit u : otherName) {
            int at = Collections.binarySearch(out, u, order);
            out.add(at < 0 ? -at - 1 : at + 1, u);
        }
        return Collections.unmodifiableList(out);
    }

    /** Returns every unit below the given one on the given day, depth first, children in tree order. */
    public List<Unit> subtree(String unitId, LocalDate day) {
        List<Unit> out = new ArrayList<>();
        collectBelow(unitId, day, new HashSet<>(List.of(unitId)), out);
        return out;
    }

    private void collectBelow(String unitId, LocalDate day, Set<String> seen, List<Unit> out) {
        for (Unit child : children(unitId, day)) {
            if (seen.add(child.id())) { // a cycle cannot pass validation, but a snapshot never loops
                out.add(child);
                collectBelow(child.id(), day, seen, out);
            }
        }
    }

    /** Returns the chain from the top-level unit down to the given unit, on the given day. */
    public List<Unit> ancestry(String unitId, LocalDate day) {
        List<Unit> chain = new ArrayList<>();
        Optional<Unit> current = unit(unitId);
        while (current.isPresent() && chain.size() < 100) {
            chain.add(0, current.get());
            current = current.get().parentOn(day).flatMap(this::unit);
        }
        return chain;
    }

    /** Returns the region (or county council) the unit belonged to on the given day. */
    public Optional<Unit> regionOf(String unitId, LocalDate day) {
        return ancestry(unitId, day).stream().filter(u -> u.kind().isTopLevel()).findFirst();
    }

    /** Returns a readable name for any id: a unit's, a body's, a joint body's or a healthcare region's, else the id. */
    public String nameOf(String id) {
        return unit(id).map(Unit::name)
                .or(() -> get(Body.class, id).map(Body::name))
                .or(() -> get(CooperationBody.class, id).map(CooperationBody::name))
                .or(() -> get(HealthcareRegion.class, id).map(HealthcareRegion::name))
                .orElse(id);
    }

    /** Compares names the Swedish way (å, ä, ö after z). */
    public static Comparator<String> swedishOrder() {
        return SWEDISH::compare;
    }

    private Map<String, Identified> idsOf(FactKind kind) {
        Map<String, Identified> ids = byId.get(kind.ordinal());
        if (ids == null) {
            Map<String, Identified> built = new LinkedHashMap<>();
            dataset.all(kind).forEach(f -> built.put(f.id(), f));
            byId.compareAndSet(kind.ordinal(), null, Collections.unmodifiableMap(built));
            ids = byId.get(kind.ordinal());
        }
        return ids;
    }

    private CollationKey collationKey(String name) {
        return collationKeys.computeIfAbsent(name, SWEDISH::getCollationKey);
    }

    /**
     * Every unit that has ever been a child of each parent, sorted by kind and current name the first
     * time that parent is asked about, so that a read need not sort again: only a child that had another
     * name on the day asked about is put in its place (collation took about 30 % of a large tree's time:
     * docs/benchmarks.md), and a command that looks at one unit sorts only its children.
     */
    private static final class ChildIndex {
        private final Map<String, List<Unit>> unsorted = new HashMap<>();
        private final Map<String, List<Unit>> sorted = new ConcurrentHashMap<>();

        ChildIndex(Snapshot snapshot) {
            for (Unit u : snapshot.dataset.all(Unit.class)) {
                u.parents().stream().map(p -> p.parentId()).distinct()
                        .forEach(p -> unsorted.computeIfAbsent(p, k -> new ArrayList<>()).add(u));
            }
        }

        List<Unit> of(String parentId) {
            List<Unit> children = unsorted.get(parentId);
            return children == null ? List.of() : sorted.computeIfAbsent(parentId, p -> children.stream()
                    .sorted(Comparator.comparing(Unit::kind).thenComparing(Unit::name, SWEDISH)).toList());
        }
    }
}
