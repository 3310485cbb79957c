package se.regionkarta.registry.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.regionkarta.api.Ref;
import se.regionkarta.cooperation.CooperationQueries;
import se.regionkarta.cooperation.DecisionRegister;
import se.regionkarta.cooperation.model.JointDecision;
import se.regionkarta.figures.FigureQueries;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.history.Change;
import se.regionkarta.politics.PoliticsQueries;
import se.regionkarta.politics.model.BodyKind;
import se.regionkarta.registry.model.Identifier;
import se.regionkarta.registry.model.NamePeriod;
import se.regionkarta.registry.model.Post;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.registry.model.UnitKind;
import se.regionkarta.snapshot.Snapshot;

/**
 * Answers the API's questions about regions and units from one snapshot: lists in tree order,
 * whole subtrees, and a unit with its surroundings on a given day.
 */
final class UnitAnswers {

    /** A region as listed: the unit record plus its county code (SCB länskod). */
    record Region(@JsonUnwrapped Unit unit, String countyCode) {
    }

    /**
     * A region with what surrounds it on a day.
     *
     * @param inForce whether the region existed on {@code asOf}; a region is answered even when not
     */
    record RegionDetail(LocalDate asOf, boolean inForce, @JsonUnwrapped Unit unit, String countyCode,
            List<Ref<Void>> healthcareRegions) {
    }

    /**
     * A unit with what surrounds it on a day.
     *
     * @param inForce whether the unit existed on {@code asOf}; the tree around it is then as of that day and
     *     mostly empty
     * @param nameAsOf the name the unit had on {@code asOf} ({@code name} is its name now)
     * @param names the unit's names over time, oldest first
     * @param recorded who recorded the unit in the registry last, and when; absent where the change log does not know
     * @param decisions decisions of healthcare regions' joint bodies that concern the unit (care concentrated to it), newest first
     */
    record UnitDetail(LocalDate asOf, boolean inForce, @JsonUnwrapped Unit unit, String nameAsOf, List<NamePeriod> names,
            Recorded recorded, List<Ref<UnitKind>> ancestry, List<Ref<UnitKind>> children, List<Ref<BodyKind>> governedBy,
            List<KeyFigure> figures, List<Post> posts, List<JointDecision> decisions) {
    }

    /** Who recorded a fact in the registry (the person or process that loaded or edited it), and when. */
    record Recorded(String by, OffsetDateTime at) {

        static Recorded of(Change c) {
            return new Recorded(c.actor(), c.at());
        }
    }

    /**
     * What a list of units is narrowed to; null means "not narrowed". {@code parent} and
     * {@code below} are not both given.
     */
    record Filter(LocalDate day, String parent, String below, UnitKind kind, String q) {
    }

    private final Snapshot snapshot;

    UnitAnswers(Snapshot snapshot) {
        this.snapshot = snapshot;
    }

    List<Region> regions(LocalDate day) {
        return snapshot.dataset().all(Unit.class).stream()
                .filter(u -> u.kind() == UnitKind.REGION && u.validity().contains(day))
                .sorted(Comparator.comparing(UnitAnswers::countyCode, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(u -> new Region(u, countyCode(u)))
                .toList();
    }

    Optional<RegionDetail> region(String id, LocalDate day) {
        return snapshot.unit(id).filter(u -> u.kind() == UnitKind.REGION).map(u -> new RegionDetail(day,
                u.validity().contains(day), u, countyCode(u), CooperationQueries.of(snapshot).healthcareRegionsOf(id, day).stream()
                        .map(h -> new Ref<Void>(h.id(), h.name(), null, h.sources())).toList()));
    }

    /** Returns the units in force on the filter's day, in tree order (depth first, children by kind and name). */
    List<Unit> units(Filter f) {
        List<Unit> base = f.parent() != null ? snapshot.children(f.parent(), f.day())
                : f.below() != null ? snapshot.subtree(f.below(), f.day())
                : everything(f.day());
        return base.stream()
                .filter(u -> f.kind() == null || u.kind() == f.kind())
                .filter(u -> Ref.matches(f.q(), u.name(), u.nameEn(), u.nameOn(f.day())))
                .toList();
    }

    /** Returns a unit with what surrounds it on a day; {@code recorded} is its latest change, where known. */
    Optional<UnitDetail> unit(String id, LocalDate day, Optional<Change> recorded) {
        return snapshot.unit(id).map(u -> new UnitDetail(day, u.validity().contains(day), u, u.nameOn(day),
                NamePeriod.of(u), recorded.map(Recorded::of).orElse(null),
                snapshot.ancestry(id, day).stream().filter(a -> !a.id().equals(id)).map(a -> ref(a, day)).toList(),
                snapshot.children(id, day).stream().map(c -> ref(c, day)).toList(),
                PoliticsQueries.of(snapshot).governors(id, day).stream().map(b -> new Ref<>(b.id(), b.name(), b.kind(), b.sources())).toList(),
                FigureQueries.of(snapshot).of(id, day),
                snapshot.dataset().all(Post.class).stream()
                        .filter(p -> p.unitId().equals(id) && p.validity().contains(day)).toList(),
                DecisionRegister.affecting(snapshot.dataset(), id)));
    }

    private List<Unit> everything(LocalDate day) {
        Set<String> seen = new HashSet<>();
        List<Unit> all = new ArrayList<>();
        for (Unit root : snapshot.roots(day)) {
            seen.add(root.id());
            all.add(root);
            List<Unit> below = snapshot.subtree(root.id(), day);
            below.forEach(u -> seen.add(u.id()));
            all.addAll(below);
        }
        // units in force whose parent is not (a gap in the data) still belong in the list
        snapshot.dataset().all(Unit.class).stream()
                .filter(u -> u.validity().contains(day) && !seen.contains(u.id()))
                .sorted(Comparator.comparing(Unit::id))
                .forEach(all::add);
        return all;
    }

    /** Returns a reference to a unit under the name it had on the day. */
    private static Ref<UnitKind> ref(Unit u, LocalDate day) {
        return new Ref<>(u.id(), u.nameOn(day), u.kind(), u.sources());
    }

    private static String countyCode(Unit u) {
        return u.identifier(Identifier.Scheme.COUNTY_CODE).orElse(null);
    }
}
