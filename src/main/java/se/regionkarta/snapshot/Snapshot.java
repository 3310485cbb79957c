package se.regionkarta.snapshot;

import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.figures.model.BreakdownCheck;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.figures.model.Metric;
import se.regionkarta.cooperation.model.CooperationBody;
import se.regionkarta.cooperation.model.HealthcareRegion;
import se.regionkarta.politics.model.Appointment;
import se.regionkarta.politics.model.Body;
import se.regionkarta.politics.model.Coalition;
import se.regionkarta.politics.model.Person;
import se.regionkarta.politics.model.SeatCount;
import se.regionkarta.politics.model.Party;
import se.regionkarta.politics.model.Term;
import se.regionkarta.provenance.model.Claim;
import se.regionkarta.provenance.model.Conflict;
import se.regionkarta.provenance.model.ConflictFinder;
import se.regionkarta.provenance.model.ConflictPolicy;
import se.regionkarta.provenance.model.Identified;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.registry.model.Unit;

/**
 * An immutable, indexed view of a whole dataset, answering the registry's questions "as of" any
 * day. Reads never touch the store: a snapshot is built once from it and replaced as a whole
 * after a change.
 */
public final class Snapshot {

    private static final Collator SWEDISH = Collator.getInstance(Locale.forLanguageTag("sv-SE"));

    private final Dataset dataset;
    private final Map<FactKind<?>, Map<String, Identified>> byId = new HashMap<>();
    private final Map<String, List<Unit>> childrenOf = new HashMap<>();
    /**
     * Collation keys of the names compared when a child that had another name on the day asked about
     * is put in its place; filled as needed (a few names per renamed unit), so it stays small. Without
     * it, those comparisons made a tree as of five years back take twice as long as today's
     * (docs/benchmarks.md, "History (issue 5)").
     */
    private final Map<String, CollationKey> collationKeys = new ConcurrentHashMap<>();
    private final Map<String, List<KeyFigure>> figuresOf = new HashMap<>();
    private final List<Conflict> conflicts;
    private final History history;

    public Snapshot(Dataset dataset) {
        this.dataset = dataset;
        for (FactKind<?> kind : FactKind.ALL) {
            Map<String, Identified> ids = new LinkedHashMap<>();
            kind.of(dataset).forEach(f -> ids.put(f.id(), f));
            byId.put(kind, Collections.unmodifiableMap(ids));
        }
        for (Unit u : dataset.units()) {
            u.parents().stream().map(p -> p.parentId()).distinct()
                    .forEach(p -> childrenOf.computeIfAbsent(p, k -> new ArrayList<>()).add(u));
        }
        // sorted once by current name, so that a read need not sort again: only a child that had another name
        // on the day asked about is put in its place (collation took about 30 % of a large tree's time: docs/benchmarks.md)
        childrenOf.replaceAll((parent, list) -> List.copyOf(sortedByName(list)));
        for (KeyFigure f : dataset.figures()) {
            figuresOf.computeIfAbsent(f.unitId(), k -> new ArrayList<>()).add(f);
        }
        conflicts = ConflictFinder.find(allClaims(), new ConflictPolicy(sourcesById()));
        history = new History(this);
    }

    /** Returns the registry's history: lineage and differences between dates. */
    public History history() {
        return history;
    }

    public Dataset dataset() {
        return dataset;
    }

    /** Returns the fact of the given kind and id. */
    public <T extends Identified> Optional<T> get(FactKind<T> kind, String id) {
        return Optional.ofNullable(kind.type().cast(byId.get(kind).get(id)));
    }

    public Optional<Unit> unit(String id) {
        return get(FactKind.UNIT, id);
    }

    /**
     * Finds units by id or by Swedish name, ignoring case; a name may match several units (then
     * the caller asks the user to choose by id).
     */
    public List<Unit> findUnits(String idOrName) {
        Optional<Unit> byExactId = unit(idOrName);
        if (byExactId.isPresent()) {
            return List.of(byExactId.get());
        }
        String wanted = idOrName.strip().toLowerCase(Locale.ROOT);
        List<Unit> byName = dataset.units().stream().filter(u -> u.name().toLowerCase(Locale.ROOT).equals(wanted)).toList();
        if (!byName.isEmpty()) {
            return byName;
        }
        // a unit is also found by a name it had before it was renamed
        return dataset.units().stream().filter(u -> u.formerNames().stream()
                .anyMatch(f -> f.name().toLowerCase(Locale.ROOT).equals(wanted))).toList();
    }

    /** Returns the units with no parent on the given day that exist then: regions and their kin. */
    public List<Unit> roots(LocalDate day) {
        return sorted(dataset.units().stream()
                .filter(u -> u.validity().contains(day) && u.parentOn(day).isEmpty()).toList(), day);
    }

    /**
     * Returns the children of a unit on the given day, by kind (in {@link se.regionkarta.registry.model.UnitKind}
     * order), then by the name each had that day.
     */
    public List<Unit> children(String unitId, LocalDate day) {
        List<Unit> out = new ArrayList<>();
        List<Unit> otherName = new ArrayList<>();
        for (Unit u : childrenOf.getOrDefault(unitId, List.of())) {
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
        collectBelow(unitId, day, new java.util.HashSet<>(List.of(unitId)), out);
        return out;
    }

    private void collectBelow(String unitId, LocalDate day, java.util.Set<String> seen, List<Unit> out) {
        for (Unit child : children(unitId, day)) {
            if (seen.add(child.id())) { // a cycle cannot pass validation, but a snapshot never loops
                out.add(child);
                collectBelow(child.id(), day, seen, out);
            }
        }
    }

    /** Returns every fact that cites the given source, as kind and fact, in dataset order. */
    public List<Map.Entry<FactKind<?>, se.regionkarta.provenance.model.Fact>> citing(String sourceId) {
        List<Map.Entry<FactKind<?>, se.regionkarta.provenance.model.Fact>> out = new ArrayList<>();
        for (FactKind<?> kind : FactKind.ALL) {
            for (Identified fact : kind.of(dataset)) {
                if (fact instanceof se.regionkarta.provenance.model.Fact f
                        && f.sources().stream().anyMatch(r -> r.sourceId().equals(sourceId))) {
                    out.add(Map.entry(kind, f));
                }
            }
        }
        return out;
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

    /** Returns every key figure of a unit, whatever period it refers to. */
    public List<KeyFigure> figuresOf(String unitId) {
        return figuresOf.getOrDefault(unitId, List.of());
    }

    /** Returns the key figures of a unit shown as of a day ({@link InForce#figure}). */
    public List<KeyFigure> figuresOf(String unitId, LocalDate day) {
        return figuresOf(unitId).stream().filter(f -> InForce.figure(f, day)).toList();
    }

    public Optional<Metric> metric(String id) {
        return get(FactKind.METRIC, id);
    }

    public Optional<Source> source(String id) {
        return get(FactKind.SOURCE, id);
    }

    public Optional<Party> party(String id) {
        return get(FactKind.PARTY, id);
    }

    /** Returns the term of office running on the given day, if any. */
    public Optional<Term> termOn(LocalDate day) {
        return dataset.terms().stream().filter(t -> t.validity().contains(day)).findFirst();
    }

    /** Returns the bodies of a region that exist on the given day, the assembly first. */
    public List<Body> bodiesOf(String regionId, LocalDate day) {
        return dataset.bodies().stream()
                .filter(b -> b.regionId().equals(regionId) && b.validity().contains(day))
                .sorted(Comparator.comparing(Body::kind).thenComparing(Body::name, SWEDISH))
                .toList();
    }

    /** Returns the seats per party of a body in a term, largest first. */
    public List<SeatCount> seats(String bodyId, String termId) {
        return dataset.seats().stream().filter(s -> s.bodyId().equals(bodyId) && s.termId().equals(termId))
                .sorted(Comparator.comparingInt(SeatCount::seats).reversed()).toList();
    }

    /** Returns the coalitions of a body in force on the given day. */
    public List<Coalition> coalitions(String bodyId, LocalDate day) {
        Optional<Term> term = termOn(day);
        return dataset.coalitions().stream()
                .filter(c -> c.bodyId().equals(bodyId) && term.map(t -> t.id().equals(c.termId())).orElse(false)
                        && c.validity().contains(day))
                .toList();
    }

    /** Returns the political roles held in a region on the given day, within their terms. */
    public List<Appointment> appointments(String regionId, LocalDate day) {
        return dataset.appointments().stream()
                .filter(a -> a.regionId().equals(regionId) && a.validity().contains(day)
                        && (a.termId() == null || get(FactKind.TERM, a.termId()).map(t -> t.validity().contains(day)).orElse(false)))
                .toList();
    }

    /** Returns the healthcare regions the region belongs to (wholly or in part) on the given day. */
    public List<HealthcareRegion> healthcareRegionsOf(String regionId, LocalDate day) {
        return dataset.healthcareRegions().stream()
                .filter(h -> h.validity().contains(day) && h.members().stream()
                        .anyMatch(m -> m.regionId().equals(regionId) && m.validity().contains(day)))
                .toList();
    }

    /** Returns the bodies of a healthcare region on the given day. */
    public List<CooperationBody> cooperationBodies(String healthcareRegionId, LocalDate day) {
        return dataset.cooperationBodies().stream()
                .filter(b -> b.healthcareRegionId().equals(healthcareRegionId) && b.validity().contains(day)).toList();
    }

    public Optional<Person> person(String id) {
        return get(FactKind.PERSON, id);
    }

    /** Returns the bodies that govern the unit on the given day: those naming it or an ancestor. */
    public List<Body> governors(String unitId, LocalDate day) {
        List<String> chain = ancestry(unitId, day).stream().map(Unit::id).toList();
        for (int i = chain.size() - 1; i >= 0; i--) {
            String id = chain.get(i);
            List<Body> direct = dataset.bodies().stream()
                    .filter(b -> b.governs().contains(id) && b.validity().contains(day)).toList();
            if (!direct.isEmpty()) {
                return direct;
            }
        }
        return List.of();
    }

    /** Returns a readable name for the subject of a claim: a unit, body or any other fact. */
    public String nameOf(String id) {
        return unit(id).map(Unit::name)
                .or(() -> get(FactKind.BODY, id).map(Body::name))
                .or(() -> get(FactKind.COOPERATION_BODY, id).map(b -> b.name()))
                .or(() -> get(FactKind.HEALTHCARE_REGION, id).map(h -> h.name()))
                .orElse(id);
    }

    /** Returns the region a claim's subject belongs to today: a unit's region, or a body's. */
    public Optional<String> regionOfSubject(String id) {
        LocalDate today = LocalDate.now();
        return regionOf(id, today).map(Unit::id).or(() -> get(FactKind.BODY, id).map(Body::regionId));
    }

    /** Returns the figures whose breakdown does not add up to them, as the sources state them. */
    public List<BreakdownCheck.Mismatch> breakdownMismatches() {
        return BreakdownCheck.mismatches(dataset.figures());
    }

    /** Returns every topic on which sources disagree, with the value shown and why. */
    public List<Conflict> conflicts() {
        return conflicts;
    }

    /** Returns the explicit claims plus every key figure read as a claim about its unit. */
    private List<Claim> allClaims() {
        List<Claim> claims = new ArrayList<>(dataset.claims());
        for (KeyFigure f : dataset.figures()) {
            String label = metric(f.metricId()).map(Metric::label).orElse(f.metricId())
                    + (f.category() == null ? "" : " (" + f.category() + ")") + ", " + f.period();
            String property = "figure:" + f.metricId() + ":" + f.period() + (f.category() == null ? "" : ":" + f.category());
            claims.add(new Claim(f.id(), f.unitId(), property, label, f.valueText(), f.preferred(), f.reason(), f.note(),
                    f.sources()));
        }
        return claims;
    }

    private Map<String, Source> sourcesById() {
        Map<String, Source> map = new HashMap<>();
        dataset.sources().forEach(s -> map.put(s.id(), s));
        return map;
    }

    private CollationKey collationKey(String name) {
        return collationKeys.computeIfAbsent(name, SWEDISH::getCollationKey);
    }

    private static List<Unit> sortedByName(List<Unit> units) {
        return units.stream().sorted(Comparator.comparing(Unit::kind).thenComparing(Unit::name, SWEDISH)).toList();
    }

    private static List<Unit> sorted(List<Unit> units, LocalDate day) {
        return units.stream()
                .sorted(Comparator.comparing(Unit::kind).thenComparing(u -> u.nameOn(day), SWEDISH))
                .toList();
    }
}
