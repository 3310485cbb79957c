package se.regionkarta.dataset.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.provenance.model.SourceKind;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;
import se.regionkarta.registry.model.Identifier;
import se.regionkarta.registry.model.ParentLink;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.registry.model.UnitKind;

/**
 * Random organisations that are trees on every day satisfy the hierarchy rules; one overlapping
 * parent link more always breaks exactly the "two parents" rule for that unit.
 *
 * <p>A tree is grown in creation order: a root region exists from {@link #BASE} on; each later unit
 * starts on or after the one before it, may end, and has 1–3 consecutive parent links covering its
 * lifetime, each to a unit created earlier that exists throughout the link. The units are then
 * handed to the rules in a random order.
 */
class HierarchyRulesPropertyTest {

    static final LocalDate BASE = LocalDate.of(1990, 1, 1);
    static final List<SourceRef> CITED = List.of(SourceRef.of("src"));

    @Property(tries = 300)
    @Label("a random tree of units on random dates breaks no rule")
    void treesAreSound(@ForAll("plans") List<UnitPlan> plans, @ForAll long order) {
        // given
        List<Unit> units = grow(plans);
        Statistics.label("a unit moved").collect(units.stream().anyMatch(u -> u.parents().size() > 1));
        Statistics.label("a unit ended").collect(units.stream().anyMatch(u -> u.validity().until() != null));

        // when
        List<Violation> violations = DatasetRules.check(dataset(shuffled(units, order)));

        // then
        assertThat(violations).isEmpty();
        Statistics.label("a unit moved").coverage(c -> c.check(true).percentage((Double p) -> p > 20));
        Statistics.label("a unit ended").coverage(c -> c.check(true).percentage((Double p) -> p > 20));
    }

    @Property(tries = 300)
    @Label("one extra link overlapping a link of the same unit gives exactly one 'two parents' violation for it")
    void overlappingLinkIsTwoParents(@ForAll("plans") List<UnitPlan> plans, @ForAll long order,
            @ForAll @IntRange(min = 0, max = 100_000) int whichUnit, @ForAll @IntRange(min = 0, max = 100_000) int whichLink,
            @ForAll @IntRange(min = 0, max = 100_000) int whichDay, @ForAll @IntRange(min = 0, max = 100_000) int whichParent,
            @ForAll @IntRange(min = 0, max = 100_000) int where) {
        // given: a sound tree, and a one-day link placed inside an existing link of one unit
        List<Unit> units = grow(plans);
        int target = 1 + whichUnit % (units.size() - 1);
        Unit unit = units.get(target);
        ParentLink link = unit.parents().get(whichLink % unit.parents().size());
        LocalDate first = link.validity().firstDay();
        long span = link.validity().until() == null ? 1000 : ChronoUnit.DAYS.between(first, link.validity().lastDay()) + 1;
        LocalDate day = first.plusDays(whichDay % span);
        List<Unit> candidates = units.subList(0, target).stream().filter(u -> u.validity().contains(day)).toList();
        ParentLink extra = new ParentLink(candidates.get(whichParent % candidates.size()).id(), Validity.between(day, day));
        List<ParentLink> links = new ArrayList<>(unit.parents());
        links.add(where % (links.size() + 1), extra);
        units.set(target, withParents(unit, links));

        // when
        List<Violation> violations = DatasetRules.check(dataset(shuffled(units, order)));

        // then
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(FactKind.UNIT);
            assertThat(v.id()).isEqualTo(unit.id());
            assertThat(v.message()).contains("two parents at once");
        });
    }

    // --- growing trees

    /** One unit to grow: days after the previous unit's start, its length in days (null: still exists), its links. */
    record UnitPlan(int startGap, Integer length, List<Integer> cuts, List<Integer> picks) {
    }

    @Provide
    Arbitrary<List<UnitPlan>> plans() {
        Arbitrary<UnitPlan> plan = Combinators.combine(
                Arbitraries.integers().between(0, 1500),
                Arbitraries.integers().between(1, 6000).injectNull(0.4),
                Arbitraries.integers().between(1, 900).list().ofMaxSize(2),
                Arbitraries.integers().between(0, 1000).list().ofSize(3)).as(UnitPlan::new);
        return plan.list().ofMinSize(1).ofMaxSize(15);
    }

    /** Returns the units in creation order: the root region first. */
    static List<Unit> grow(List<UnitPlan> plans) {
        List<Unit> units = new ArrayList<>();
        units.add(unit("r", UnitKind.REGION, List.of(), Validity.between(BASE, null)));
        LocalDate start = BASE;
        for (int i = 0; i < plans.size(); i++) {
            UnitPlan plan = plans.get(i);
            start = start.plusDays(plan.startGap());
            LocalDate end = plan.length() == null ? null : start.plusDays(plan.length() - 1);
            List<ParentLink> links = new ArrayList<>();
            LocalDate linkStart = start;
            for (int j = 0; j <= plan.cuts().size(); j++) {
                LocalDate next = j < plan.cuts().size() ? linkStart.plusDays(plan.cuts().get(j)) : null;
                boolean last = next == null || (end != null && next.isAfter(end));
                Validity period = Validity.between(linkStart, last ? end : next.minusDays(1));
                links.add(new ParentLink(pickParent(units, period, plan.picks().get(j)), period));
                if (last) {
                    break;
                }
                linkStart = next;
            }
            units.add(unit("u" + (i + 1), UnitKind.DIVISION, links, Validity.between(start, end)));
        }
        return units;
    }

    private static String pickParent(List<Unit> earlier, Validity period, int pick) {
        List<Unit> candidates = earlier.stream().filter(u -> period.within(u.validity())).toList();
        return candidates.get(pick % candidates.size()).id();
    }

    static Unit unit(String id, UnitKind kind, List<ParentLink> parents, Validity validity) {
        List<Identifier> ids = kind == UnitKind.REGION ? List.of(new Identifier(Identifier.Scheme.COUNTY_CODE, "08")) : List.of();
        return new Unit(id, "Enhet " + id, null, List.of(), kind, parents, validity, null, null, ids, null, null, null, CITED);
    }

    static Unit withParents(Unit u, List<ParentLink> parents) {
        return u.withParents(parents);
    }

    static List<Unit> shuffled(List<Unit> units, long seed) {
        List<Unit> copy = new ArrayList<>(units);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }

    static Dataset dataset(List<Unit> units) {
        return new Dataset.Builder()
                .add(new Source("src", "Källa", null, null, SourceKind.OWN_PUBLICATION, null, null, null))
                .addAll(units)
                .build();
    }
}
