package se.regionkarta.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.figures.model.MeasureUnit;
import se.regionkarta.figures.model.Metric;
import se.regionkarta.figures.model.Period;
import se.regionkarta.history.model.ChangeEvent;
import se.regionkarta.history.model.ChangeKind;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.provenance.model.SourceKind;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;
import se.regionkarta.registry.model.FormerName;
import se.regionkarta.registry.model.Identifier;
import se.regionkarta.registry.model.ParentLink;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.registry.model.UnitKind;

/**
 * A made-up national registry with ten years of reorganisations, for the as-of benchmark of issue 5
 * (src/bench/java) and the test that checks it is valid ({@code SyntheticHistoryTest}); it lives
 * with the tests so that every {@code mvn verify} checks the data the benchmark measures.
 *
 * <p>21 regions, each with administrations → divisions → sections → units (five levels, about
 * 100 000 units in all, one region much larger than the rest). From {@link #START}, on the first
 * day of every month for ten years, units are formed, closed, moved to another section, renamed
 * and merged in pairs. As in {@code EventReplayPropertyTest}, every change is written twice, side
 * by side: as a change event and in the units' own intervals (lifetimes, parent links, former
 * names), as an editor would write them. Sections and everything above them never close or move,
 * so the tree keeps its depth; units move only within their region.
 */
public final class SyntheticHistory {

    /** The first day of the history; every unit that exists then has an open start. */
    public static final LocalDate START = LocalDate.of(2016, 1, 1);
    /** The seed the benchmark and its validity test use. */
    public static final long SEED = 20261126L;
    /** Administrations per region, the first region the largest: 166 in all, 601 units each. */
    static final int[] ADMINISTRATIONS = {25, 16, 14, 12, 10, 9, 8, 8, 7, 7, 6, 6, 6, 5, 5, 5, 4, 4, 3, 3, 3};
    static final String[] COUNTIES = {"14", "01", "12", "03", "05", "06", "07", "08", "09", "10", "04", "13", "17", "18",
        "19", "20", "21", "22", "23", "24", "25"};
    static final int DIVISIONS = 6;
    static final int SECTIONS = 9;
    static final int UNITS = 10;
    static final List<SourceRef> CITED = List.of(SourceRef.of("synthetic"));

    private final Random random;
    private final Map<String, Draft> units = new LinkedHashMap<>();
    private final List<ChangeEvent> events = new ArrayList<>();
    private final List<KeyFigure> figures = new ArrayList<>();
    /** Per region: its sections (they never close) and its live units at the bottom level. */
    private final List<List<String>> sections = new ArrayList<>();
    private final List<Pool> leaves = new ArrayList<>();
    private final Map<String, Integer> regionOf = new HashMap<>();
    /** The live units of each section, for finding a unit's siblings. */
    private final Map<String, List<String>> inSection = new HashMap<>();
    private int next = 1;

    private SyntheticHistory(long seed) {
        this.random = new Random(seed);
    }

    /** What was generated, and the ids the benchmark reads. */
    public record Result(Dataset dataset, String largestRegion, String division, String section, int eventCount) {
    }

    /** Generates the registry with {@code eventsPerMonth} changes on the first day of each of 120 months. */
    public static Result generate(long seed, int eventsPerMonth) {
        SyntheticHistory h = new SyntheticHistory(seed);
        for (int r = 0; r < ADMINISTRATIONS.length; r++) {
            h.region(r);
        }
        for (int month = 1; month < 120; month++) {
            LocalDate day = START.plusMonths(month);
            Set<String> touched = new HashSet<>();
            for (int i = 0; i < eventsPerMonth; i++) {
                h.randomEvent(day, touched);
            }
        }
        return new Result(h.dataset(), "r01", "r01.a1.d1", "r01.a1.d1.s1", h.events.size());
    }

    private void region(int r) {
        String region = String.format("r%02d", r + 1);
        units.put(region, new Draft(region, "Region " + region.toUpperCase(), UnitKind.REGION, null, null, 0));
        units.get(region).county = COUNTIES[r];
        List<String> mySections = new ArrayList<>();
        sections.add(mySections);
        Pool pool = new Pool();
        leaves.add(pool);
        for (int a = 1; a <= ADMINISTRATIONS[r]; a++) {
            String admin = child(region, region + ".a" + a, "Förvaltning " + a, UnitKind.ADMINISTRATION, 1, null, r);
            yearlyFigures(admin, 2000);
            for (int d = 1; d <= DIVISIONS; d++) {
                String division = child(admin, admin + ".d" + d, "Område " + a + "." + d, UnitKind.DIVISION, 2, null, r);
                yearlyFigures(division, 300);
                for (int s = 1; s <= SECTIONS; s++) {
                    String section = child(division, division + ".s" + s, "Verksamhet " + a + "." + d + "." + s,
                            UnitKind.SERVICE, 3, null, r);
                    mySections.add(section);
                    for (int u = 1; u <= UNITS; u++) {
                        pool.add(child(section, "u" + next++, name(), UnitKind.OUTPATIENT_CLINIC, 4, null, r));
                    }
                }
            }
        }
    }

    private String child(String parent, String id, String name, UnitKind kind, int level, LocalDate from, int region) {
        units.put(id, new Draft(id, name, kind, parent, from, level));
        regionOf.put(id, region);
        if (level == 4) {
            inSection.computeIfAbsent(parent, k -> new ArrayList<>()).add(id);
        }
        return id;
    }

    private String name() {
        String[] what = {"Mottagning", "Vårdenhet", "Klinik", "Enhet", "Team", "Avdelning"};
        return what[random.nextInt(what.length)] + " " + (char) ('A' + random.nextInt(26)) + (next * 7919 % 100_000);
    }

    private void yearlyFigures(String unitId, int size) {
        for (int year = START.getYear(); year < START.getYear() + 10; year++) {
            figures.add(new KeyFigure(unitId + ".employees." + year, unitId, "employees",
                    BigDecimal.valueOf(size + random.nextInt(size / 5 + 1)), null, null, new Period(null, year), null, null,
                    null, false, null, null, CITED));
        }
    }

    private void randomEvent(LocalDate day, Set<String> touched) {
        int r = pickRegion();
        Pool pool = leaves.get(r);
        int dice = random.nextInt(20);
        if (dice < 5) { // formation: a new unit in a section
            String section = sections.get(r).get(random.nextInt(sections.get(r).size()));
            String id = child(section, "u" + next++, name(), UnitKind.OUTPATIENT_CLINIC, 4, day, r);
            pool.add(id);
            touched.add(id);
            event(ChangeKind.FORMATION, day, List.of(), List.of(id), section, null);
        } else if (dice < 9) { // closure of a unit
            pool.pick(random, touched).ifPresent(id -> {
                end(id, day, pool, touched);
                event(ChangeKind.CLOSURE, day, List.of(id), List.of(), null, null);
            });
        } else if (dice < 13) { // a unit moves to another section of its region
            pool.pick(random, touched).ifPresent(id -> {
                String to = sections.get(r).get(random.nextInt(sections.get(r).size()));
                Draft u = units.get(id);
                String from = u.parentOn(day);
                if (!to.equals(from)) {
                    u.move(to, day);
                    inSection.get(from).remove(id);
                    inSection.computeIfAbsent(to, k -> new ArrayList<>()).add(id);
                    touched.add(id);
                    event(ChangeKind.MOVE, day, List.of(id), List.of(id), to, null);
                }
            });
        } else if (dice < 17) { // a rename, of a unit or (one time in four) of something above it
            String id = random.nextInt(4) == 0 ? above(r) : pool.pick(random, touched).orElse(null);
            if (id != null && touched.add(id)) {
                String newName = units.get(id).name.replaceAll(" \\(\\d{4}-\\d{2}\\)$", "") + " (" + day.toString().substring(0, 7) + ")";
                units.get(id).rename(newName, day);
                event(ChangeKind.RENAME, day, List.of(id), List.of(id), null, newName);
            }
        } else { // two units of one section merge into a new one
            pool.pick(random, touched).ifPresent(a -> siblingOf(a, day, pool, touched).ifPresent(b -> {
                String section = units.get(a).parentOn(day);
                end(a, day, pool, touched);
                end(b, day, pool, touched);
                String merged = child(section, "u" + next++, name(), UnitKind.OUTPATIENT_CLINIC, 4, day, r);
                pool.add(merged);
                touched.add(merged);
                event(ChangeKind.MERGER, day, List.of(a, b), List.of(merged), section, null);
            }));
        }
    }

    /** Picks a region, larger regions more often (as many changes per unit everywhere). */
    private int pickRegion() {
        int n = random.nextInt(166);
        for (int r = 0; r < ADMINISTRATIONS.length; r++) {
            n -= ADMINISTRATIONS[r];
            if (n < 0) {
                return r;
            }
        }
        return 0;
    }

    private String above(int r) {
        String section = sections.get(r).get(random.nextInt(sections.get(r).size()));
        int up = random.nextInt(3); // the section, its division or its administration
        String id = section;
        for (int i = 0; i < up; i++) {
            id = units.get(id).parentOn(START);
        }
        return id;
    }

    private java.util.Optional<String> siblingOf(String id, LocalDate day, Pool pool, Set<String> touched) {
        return inSection.get(units.get(id).parentOn(day)).stream()
                .filter(other -> !other.equals(id) && !touched.contains(other)).findFirst();
    }

    private void end(String id, LocalDate day, Pool pool, Set<String> touched) {
        inSection.get(units.get(id).parentOn(day.minusDays(1))).remove(id);
        units.get(id).end(day.minusDays(1));
        pool.remove(id);
        touched.add(id);
    }

    private void event(ChangeKind kind, LocalDate day, List<String> originals, List<String> results, String newParent,
            String newName) {
        events.add(new ChangeEvent("e" + (events.size() + 1), kind, PartialDate.of(day), null, null, originals, results,
                newParent, newName, null, null, CITED));
    }

    private Dataset dataset() {
        return new Dataset.Builder()
                .add(new Source("synthetic", "Made-up registry for the as-of benchmark", null, null,
                        SourceKind.SECONDARY, null, null, null))
                .add(new Metric("employees", "Medarbetare", "Employees", MeasureUnit.COUNT, null))
                .addAll(units.values().stream().map(Draft::unit).toList())
                .addAll(figures)
                .addAll(events)
                .build();
    }

    /** The live units of a region's bottom level, for picking one at random in constant time. */
    private static final class Pool {
        private final List<String> ids = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();

        void add(String id) {
            index.put(id, ids.size());
            ids.add(id);
        }

        void remove(String id) {
            int i = index.remove(id);
            String last = ids.remove(ids.size() - 1);
            if (i < ids.size()) {
                ids.set(i, last);
                index.put(last, i);
            }
        }

        /** Picks a live unit not yet changed on this day, if one is found in a few tries. */
        java.util.Optional<String> pick(Random random, Set<String> touched) {
            for (int tries = 0; tries < 10 && !ids.isEmpty(); tries++) {
                String id = ids.get(random.nextInt(ids.size()));
                if (!touched.contains(id)) {
                    return java.util.Optional.of(id);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** A unit while its history is being written: lifetime, parent links and former names. */
    private static final class Draft {
        final String id;
        final UnitKind kind;
        final LocalDate from;
        final List<Object[]> links = new ArrayList<>(); // {parent, from, until}
        final List<FormerName> formerNames = new ArrayList<>();
        LocalDate until;
        String name;
        LocalDate namedFrom;
        String county;

        Draft(String id, String name, UnitKind kind, String parent, LocalDate from, int level) {
            this.id = id;
            this.name = name;
            this.kind = kind;
            this.from = from;
            this.namedFrom = from;
            if (parent != null) {
                links.add(new Object[] {parent, from, null});
            }
        }

        String parentOn(LocalDate day) {
            for (Object[] l : links) {
                LocalDate f = (LocalDate) l[1];
                LocalDate u = (LocalDate) l[2];
                if ((f == null || !day.isBefore(f)) && (u == null || !day.isAfter(u))) {
                    return (String) l[0];
                }
            }
            return null;
        }

        void move(String to, LocalDate day) {
            links.get(links.size() - 1)[2] = day.minusDays(1);
            links.add(new Object[] {to, day, null});
        }

        void rename(String newName, LocalDate day) {
            formerNames.add(new FormerName(name, Validity.between(namedFrom, day.minusDays(1))));
            name = newName;
            namedFrom = day;
        }

        void end(LocalDate last) {
            until = last;
            if (!links.isEmpty()) {
                links.get(links.size() - 1)[2] = last;
            }
        }

        Unit unit() {
            List<ParentLink> parents = links.stream()
                    .map(l -> new ParentLink((String) l[0], Validity.between((LocalDate) l[1], (LocalDate) l[2]))).toList();
            List<Identifier> ids = county == null ? List.of() : List.of(new Identifier(Identifier.Scheme.COUNTY_CODE, county));
            return new Unit(id, name, null, formerNames, kind, parents, Validity.between(from, until), null, null, ids, null,
                    null, null, CITED);
        }
    }
}
