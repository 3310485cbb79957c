package se.regionkarta.dataset.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.regionkarta.registry.model.Identifier;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.registry.model.UnitKind;

/**
 * Codes are real: county codes are those of Sweden's 21 counties, a municipality code begins with
 * its county's code, each region carries its county code, and one county has one region (or county
 * council) at a time.
 */
final class CodeRules {

    /** SCB's county codes (länskoder) in force since 1998. */
    static final Set<String> COUNTY_CODES = Set.of("01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13",
            "14", "17", "18", "19", "20", "21", "22", "23", "24", "25");

    private CodeRules() {
    }

    static List<Violation> check(Dataset d, Index index) {
        List<Violation> found = new ArrayList<>();
        for (Unit u : d.all(Unit.class)) {
            Optional<String> county = u.identifier(Identifier.Scheme.COUNTY_CODE);
            if (county.isPresent() && !COUNTY_CODES.contains(county.get())) {
                found.add(new Violation(FactKind.UNIT, u.id(), "'" + county.get() + "' is not the code of a Swedish county")
                        .at("identifiers"));
            }
            if ((u.kind() == UnitKind.REGION || u.kind() == UnitKind.COUNTY_COUNCIL) && county.isEmpty()) {
                found.add(new Violation(FactKind.UNIT, u.id(), "the " + u.kind().english() + " '" + u.id() + "' needs a county-code")
                        .at("identifiers"));
            }
            if (u.location() != null && u.location().municipalityCode() != null) {
                String code = u.location().municipalityCode();
                countyOf(u, index).filter(c -> !code.startsWith(c)).ifPresent(c -> found.add(new Violation(FactKind.UNIT,
                        u.id(), "municipality " + code + " of '" + u.id() + "' is not in county " + c).at("location")));
            }
        }
        found.addAll(oneRegionPerCounty(d.all(Unit.class)));
        return found;
    }

    private static List<Violation> oneRegionPerCounty(List<Unit> units) {
        List<Violation> found = new ArrayList<>();
        List<Unit> regions = units.stream()
                .filter(u -> u.kind() == UnitKind.REGION || u.kind() == UnitKind.COUNTY_COUNCIL).toList();
        for (int i = 0; i < regions.size(); i++) {
            for (int j = i + 1; j < regions.size(); j++) {
                Unit a = regions.get(i);
                Unit b = regions.get(j);
                if (a.identifier(Identifier.Scheme.COUNTY_CODE).equals(b.identifier(Identifier.Scheme.COUNTY_CODE))
                        && a.validity().overlaps(b.validity())) {
                    found.add(new Violation(FactKind.UNIT, b.id(), "'" + a.id() + "' and '" + b.id()
                            + "' would both govern county " + a.identifier(Identifier.Scheme.COUNTY_CODE).orElse("?")
                            + " at the same time").at("identifiers")
                            .assuming(HierarchyRules.datedByEvents(a.id()), HierarchyRules.datedByEvents(b.id())));
                }
            }
        }
        return found;
    }

    /** Returns the county code of the nearest ancestor (or the unit itself) that has one. */
    static Optional<String> countyOf(Unit unit, Index index) {
        Set<String> seen = new HashSet<>();
        Unit current = unit;
        while (current != null && seen.add(current.id())) {
            Optional<String> code = current.identifier(Identifier.Scheme.COUNTY_CODE);
            if (code.isPresent()) {
                return code;
            }
            current = current.parents().isEmpty() ? null : index.get(Unit.class, current.parents().get(0).parentId());
        }
        return Optional.empty();
    }
}
