package se.regionkarta.history.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.DatasetRules;
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
import se.regionkarta.site.Link;
import se.regionkarta.snapshot.Snapshot;

/**
 * Random histories of reorganisations: the events and the units' stored intervals are written side
 * by side, as an editor would. The rules must accept them, the organisation must be a tree on every
 * date, and replaying the events from the first day must give exactly what the intervals say.
 */
class EventReplayPropertyTest {

    static final LocalDate START = LocalDate.of(2000, 1, 1);
    static final List<SourceRef> CITED = List.of(SourceRef.of("s"));

    @Property(tries = 200)
    void theTreeIsValidOnEveryDateAndReplayingTheEventsGivesTheStoredState(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int eventCount) {
        History h = History.random(new Random(seed), eventCount);
        Dataset dataset = h.dataset();

        assertThat(DatasetRules.check(dataset)).as("rule violations").isEmpty();

        Snapshot snapshot = new Snapshot(dataset);
        Replay replay = new Replay(h.initialParents, h.initialNames);
        List<LocalDate> days = new ArrayList<>(List.of(START));
        for (ChangeEvent e : dataset.all(ChangeEvent.class)) {
            days.add(e.date().firstDay().minusDays(1));
            days.add(e.date().firstDay());
        }
        int next = 0;
        for (LocalDate day : days.stream().sorted().distinct().toList()) {
            while (next < dataset.all(ChangeEvent.class).size() && !dataset.all(ChangeEvent.class).get(next).date().firstDay().isAfter(day)) {
                replay.apply(dataset.all(ChangeEvent.class).get(next++));
            }
            assertValidTree(snapshot, dataset, day);
            assertThat(stored(dataset, day)).as("state on %s", day).isEqualTo(replay.state());
        }
    }

    private static void assertValidTree(Snapshot snapshot, Dataset dataset, LocalDate day) {
        for (Unit u : dataset.all(Unit.class)) {
            if (!u.validity().contains(day)) {
                continue;
            }
            assertThat(u.parents().stream().filter(p -> p.validity().contains(day)).count()).as("parents of %s", u.id())
                    .isLessThanOrEqualTo(1);
            Optional<String> parent = u.parentOn(day);
            assertThat(parent.isPresent() || u.id().equals("r")).as("%s has a parent on %s", u.id(), day).isTrue();
            parent.ifPresent(p -> assertThat(snapshot.unit(p).orElseThrow().validity().contains(day))
                    .as("parent %s of %s exists on %s", p, u.id(), day).isTrue());
            assertThat(snapshot.ancestry(u.id(), day).get(0).id()).as("root of %s", u.id()).isEqualTo("r");
        }
    }

    /** Returns "id: parent / name" for every unit in force on the day, from the stored intervals. */
    private static Map<String, String> stored(Dataset dataset, LocalDate day) {
        Map<String, String> state = new HashMap<>();
        for (Unit u : dataset.all(Unit.class)) {
            if (u.validity().contains(day)) {
                state.put(u.id(), u.parentOn(day).orElse("-") + " / " + u.nameOn(day));
            }
        }
        return state;
    }

    /** The state the events produce, applied one after another to the first day's organisation. */
    static final class Replay {
        private final Map<String, String> parent = new HashMap<>();
        private final Map<String, String> name = new HashMap<>();

        Replay(Map<String, String> parents, Map<String, String> names) {
            parent.putAll(parents);
            name.putAll(names);
        }

        void apply(ChangeEvent e) {
            for (String o : e.originals()) {
                if (e.ends(o)) {
                    parent.remove(o);
                    name.remove(o);
                }
            }
            for (String r : e.results()) {
                if (e.begins(r)) {
                    parent.put(r, e.newParent());
                    name.put(r, "Enhet " + r);
                }
            }
            if (e.kind() == ChangeKind.MOVE) {
                parent.put(e.originals().get(0), e.newParent());
            }
            if (e.kind() == ChangeKind.RENAME) {
                name.put(e.originals().get(0), e.newName());
            }
        }

        Map<String, String> state() {
            Map<String, String> state = new HashMap<>();
            parent.forEach((id, p) -> state.put(id, (p == null ? "-" : p) + " / " + name.get(id)));
            return state;
        }
    }

    /** A random history, written as events and as the units' intervals. */
    static final class History {
        final Map<String, String> initialParents = new HashMap<>();
        final Map<String, String> initialNames = new HashMap<>();
        private final Map<String, Draft> units = new LinkedHashMap<>();
        private final List<ChangeEvent> events = new ArrayList<>();
        private int nextId = 1;

        static History random(Random random, int eventCount) {
            History h = new History();
            h.units.put("r", new Draft("r", null, START));
            h.initialParents.put("r", null);
            h.initialNames.put("r", "Enhet r");
            for (int i = 0; i < 3 + random.nextInt(10); i++) {
                String id = h.newUnit(h.randomLive(random, START, null), START);
                h.initialParents.put(id, h.units.get(id).links.get(0).parent);
                h.initialNames.put(id, "Enhet " + id);
            }
            LocalDate day = START;
            for (int i = 0; i < eventCount; i++) {
                day = day.plusDays(1 + random.nextInt(400));
                h.randomEvent(random, day);
            }
            return h;
        }

        private void randomEvent(Random random, LocalDate day) {
            List<String> leaves = live(day).stream().filter(u -> !u.equals("r") && children(u, day).isEmpty()).toList();
            List<String> movable = live(day).stream().filter(u -> !u.equals("r")).toList();
            switch (random.nextInt(7)) {
                case 0 -> event(ChangeKind.FORMATION, day, List.of(), List.of(newUnit(randomLive(random, day, null), day)));
                case 1 -> {
                    if (!leaves.isEmpty()) {
                        String u = pick(random, leaves);
                        end(u, day);
                        event(ChangeKind.CLOSURE, day, List.of(u), List.of());
                    }
                }
                case 2 -> {
                    if (!movable.isEmpty()) {
                        String u = pick(random, movable);
                        Set<String> below = subtree(u, day);
                        List<String> targets = live(day).stream()
                                .filter(p -> !below.contains(p) && !p.equals(parentOn(u, day))).toList();
                        if (!targets.isEmpty()) {
                            String to = pick(random, targets);
                            units.get(u).move(to, day);
                            events.add(new ChangeEvent("e" + events.size(), ChangeKind.MOVE, PartialDate.of(day), null, null,
                                    List.of(u), List.of(u), to, null, null, null, CITED));
                        }
                    }
                }
                case 3 -> {
                    if (!movable.isEmpty()) {
                        String u = pick(random, movable);
                        String newName = "Namn " + u + " " + day;
                        units.get(u).rename(newName, day);
                        events.add(new ChangeEvent("e" + events.size(), ChangeKind.RENAME, PartialDate.of(day), null, null,
                                List.of(u), List.of(u), null, newName, null, null, CITED));
                    }
                }
                case 4 -> {
                    Map<String, List<String>> byParent = new HashMap<>();
                    leaves.forEach(l -> byParent.computeIfAbsent(parentOn(l, day), k -> new ArrayList<>()).add(l));
                    byParent.values().stream().filter(l -> l.size() >= 2).findFirst().ifPresent(pair -> {
                        String parent = parentOn(pair.get(0), day);
                        end(pair.get(0), day);
                        end(pair.get(1), day);
                        event(ChangeKind.MERGER, day, pair.subList(0, 2), List.of(newUnit(parent, day)));
                    });
                }
                case 5 -> {
                    if (!leaves.isEmpty()) {
                        String u = pick(random, leaves);
                        String parent = parentOn(u, day);
                        end(u, day);
                        event(ChangeKind.SPLIT, day, List.of(u), List.of(newUnit(parent, day), newUnit(parent, day)));
                    }
                }
                default -> {
                    if (!leaves.isEmpty()) {
                        String u = pick(random, leaves);
                        String to = randomLive(random, day, u);
                        end(u, day);
                        event(ChangeKind.TRANSFER, day, List.of(u), List.of(newUnit(to, day)));
                    }
                }
            }
        }

        private void event(ChangeKind kind, LocalDate day, List<String> originals, List<String> results) {
            String parent = results.isEmpty() ? null : units.get(results.get(0)).links.get(0).parent;
            events.add(new ChangeEvent("e" + events.size(), kind, PartialDate.of(day), null, null, originals, results,
                    parent, null, null, null, CITED));
        }

        private String newUnit(String parent, LocalDate day) {
            String id = "u" + nextId++;
            units.put(id, new Draft(id, parent, day));
            return id;
        }

        private void end(String id, LocalDate day) {
            units.get(id).end(day.minusDays(1));
        }

        private List<String> live(LocalDate day) {
            return units.values().stream().filter(d -> d.liveOn(day)).map(d -> d.id).toList();
        }

        private String parentOn(String id, LocalDate day) {
            return units.get(id).parentOn(day);
        }

        private List<String> children(String id, LocalDate day) {
            return live(day).stream().filter(u -> id.equals(parentOn(u, day))).toList();
        }

        private Set<String> subtree(String id, LocalDate day) {
            Set<String> out = new HashSet<>(Set.of(id));
            children(id, day).forEach(c -> out.addAll(subtree(c, day)));
            return out;
        }

        private String randomLive(Random random, LocalDate day, String except) {
            List<String> candidates = live(day).stream().filter(u -> !u.equals(except)).toList();
            return pick(random, candidates);
        }

        private static String pick(Random random, List<String> list) {
            return list.get(random.nextInt(list.size()));
        }

        Dataset dataset() {
            return new Dataset.Builder()
                    .add(new Source("s", "Test", null, null, SourceKind.OWN_PUBLICATION, null, null, null))
                    .addAll(units.values().stream().map(Draft::unit).toList())
                    .addAll(events)
                    .build();
        }
    }

    /** A unit while its history is being written. */
    static final class Draft {
        final String id;
        final List<Link> links = new ArrayList<>();
        final List<FormerName> formerNames = new ArrayList<>();
        final LocalDate from;
        LocalDate until;
        String name;
        LocalDate namedFrom;

        Draft(String id, String parent, LocalDate from) {
            this.id = id;
            this.from = from;
            this.name = "Enhet " + id;
            this.namedFrom = from;
            if (parent != null) {
                links.add(new Link(parent, from));
            }
        }

        boolean liveOn(LocalDate day) {
            return !day.isBefore(from) && (until == null || !day.isAfter(until));
        }

        String parentOn(LocalDate day) {
            return links.stream().filter(l -> !day.isBefore(l.from) && (l.until == null || !day.isAfter(l.until)))
                    .map(l -> l.parent).findFirst().orElse(null);
        }

        void move(String to, LocalDate day) {
            links.get(links.size() - 1).until = day.minusDays(1);
            links.add(new Link(to, day));
        }

        void rename(String newName, LocalDate day) {
            formerNames.add(new FormerName(name, Validity.between(namedFrom, day.minusDays(1))));
            name = newName;
            namedFrom = day;
        }

        void end(LocalDate last) {
            until = last;
            if (!links.isEmpty()) {
                links.get(links.size() - 1).until = last;
            }
        }

        Unit unit() {
            List<ParentLink> parents = links.stream()
                    .map(l -> new ParentLink(l.parent, Validity.between(l.from, l.until))).toList();
            List<Identifier> ids = id.equals("r") ? List.of(new Identifier(Identifier.Scheme.COUNTY_CODE, "08")) : List.of();
            return new Unit(id, name, null, formerNames, id.equals("r") ? UnitKind.REGION : UnitKind.DIVISION, parents,
                    Validity.between(from, until), null, null, ids, null, null, null, CITED);
        }
    }

    /** A parent link while it is being written. */
    static final class Link {
        final String parent;
        final LocalDate from;
        LocalDate until;

        Link(String parent, LocalDate from) {
            this.parent = parent;
            this.from = from;
        }
    }
}
