package se.regionkarta.dataset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.registry.model.ParentLink;
import se.regionkarta.registry.model.Unit;

/**
 * Dates the parent links an editor did not date. Writing a unit under its parent (nested, or with
 * {@code parent:}) means "under this parent while both exist"; the parent's lifetime is only known
 * once every file is read, so the link is narrowed to it here. Links written out with
 * {@code parents:} are taken as written, and the rules check them.
 */
final class ImpliedLinks {

    private ImpliedLinks() {
    }

    static Dataset clip(Dataset dataset, Set<String> implied) {
        if (implied.isEmpty()) {
            return dataset;
        }
        Map<String, Unit> byId = new HashMap<>();
        dataset.units().forEach(u -> byId.putIfAbsent(u.id(), u));
        List<Unit> units = dataset.units().stream().map(u -> implied.contains(u.id()) ? clip(u, byId) : u).toList();
        return new Dataset(dataset.sources(), dataset.metrics(), dataset.parties(), dataset.terms(), units,
                dataset.posts(), dataset.coordinationGroups(), dataset.bodies(), dataset.seats(), dataset.coalitions(),
                dataset.persons(), dataset.appointments(), dataset.healthcareRegions(), dataset.cooperationBodies(),
                dataset.programmeAreas(), dataset.careChoiceSchemes(), dataset.figures(), dataset.plans(),
                dataset.channels(), dataset.claims());
    }

    private static Unit clip(Unit u, Map<String, Unit> byId) {
        List<ParentLink> links = u.parents().stream().map(link -> {
            Unit parent = byId.get(link.parentId());
            if (parent == null || !link.validity().overlaps(parent.validity())) {
                return link; // no day in common: left for the hierarchy rules to report
            }
            return new ParentLink(link.parentId(), YamlSections.intersection(link.validity(), parent.validity()));
        }).toList();
        return new Unit(u.id(), u.name(), u.nameEn(), u.kind(), links, u.validity(), u.ownership(), u.location(),
                u.identifiers(), u.description(), u.descriptionEn(), u.note(), u.sources());
    }
}
