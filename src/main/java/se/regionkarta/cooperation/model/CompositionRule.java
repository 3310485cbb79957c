package se.regionkarta.cooperation.model;

import java.util.List;
import java.util.Objects;

/**
 * How many members and substitutes each member region appoints to a joint body.
 *
 * @param membersPerRegion members each region appoints unless an exception says otherwise
 * @param substitutesPerRegion substitutes each region appoints unless an exception says otherwise
 * @param exceptions regions that appoint a different number (Region Skåne appoints six to
 *     Södra regionvårdsnämnden, the others two)
 */
public record CompositionRule(int membersPerRegion, int substitutesPerRegion, List<RegionSeats> exceptions) {

    public CompositionRule {
        if (membersPerRegion < 0 || substitutesPerRegion < 0) {
            throw new IllegalArgumentException("members and substitutes per region cannot be negative");
        }
        exceptions = List.copyOf(exceptions);
    }

    /** Returns the number of members the given region appoints. */
    public int membersFor(String regionId) {
        return exceptions.stream().filter(e -> e.regionId().equals(regionId))
                .mapToInt(RegionSeats::members).findFirst().orElse(membersPerRegion);
    }

    /** Returns the number of substitutes the given region appoints. */
    public int substitutesFor(String regionId) {
        return exceptions.stream().filter(e -> e.regionId().equals(regionId))
                .mapToInt(RegionSeats::substitutes).findFirst().orElse(substitutesPerRegion);
    }

    /** A region that appoints a number different from the rule's default. */
    public record RegionSeats(String regionId, int members, int substitutes) {
        public RegionSeats {
            Objects.requireNonNull(regionId, "region");
            if (members < 0 || substitutes < 0) {
                throw new IllegalArgumentException("members and substitutes cannot be negative");
            }
        }
    }
}
