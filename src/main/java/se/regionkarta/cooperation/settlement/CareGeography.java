package se.regionkarta.cooperation.settlement;

import java.util.List;
import java.util.Objects;

/**
 * What the generator of synthetic care events needs to know about the country: the regions with
 * their populations and units, and the healthcare regions with their members and the regions of
 * their university hospitals, where most care sold within a healthcare region is given.
 */
public record CareGeography(List<Region> regions, List<Area> healthcareRegions) {

    public CareGeography {
        regions = List.copyOf(regions);
        healthcareRegions = List.copyOf(healthcareRegions);
        if (regions.size() < 2) {
            throw new IllegalArgumentException("care is sold between regions, so at least two are needed");
        }
    }

    /**
     * A region: its id, its population (the weight of its residents among all patients) and the ids
     * of its units that provide care.
     */
    public record Region(String id, long population, List<String> units) {
        public Region {
            Objects.requireNonNull(id, "id");
            units = List.copyOf(units);
            if (population < 1 || units.isEmpty()) {
                throw new IllegalArgumentException("region " + id + " needs a population and a providing unit");
            }
        }
    }

    /**
     * A healthcare region: its member regions and those of them that have a university hospital.
     */
    public record Area(String id, List<String> members, List<String> hubs) {
        public Area {
            members = List.copyOf(members);
            hubs = List.copyOf(hubs);
            if (!members.containsAll(hubs) || hubs.isEmpty()) {
                throw new IllegalArgumentException("the university hospital regions of " + id + " must be among its members");
            }
        }
    }
}
