package se.regionkarta.cooperation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.regionkarta.cooperation.model.CooperationBody;
import se.regionkarta.cooperation.model.HealthcareRegion;
import se.regionkarta.snapshot.Snapshot;

/** Cooperation between regions as of a day: healthcare regions and their joint bodies. One per snapshot ({@link #of}). */
public final class CooperationQueries {

    private final Snapshot snapshot;

    private CooperationQueries(Snapshot snapshot) {
        this.snapshot = snapshot;
    }

    public static CooperationQueries of(Snapshot snapshot) {
        return snapshot.memo(CooperationQueries.class, CooperationQueries::new);
    }

    public Optional<HealthcareRegion> healthcareRegion(String id) {
        return snapshot.get(HealthcareRegion.class, id);
    }

    /** Returns the healthcare regions the region belongs to (wholly or in part) on the given day. */
    public List<HealthcareRegion> healthcareRegionsOf(String regionId, LocalDate day) {
        return snapshot.dataset().all(HealthcareRegion.class).stream()
                .filter(h -> h.validity().contains(day) && h.members().stream()
                        .anyMatch(m -> m.regionId().equals(regionId) && m.validity().contains(day)))
                .toList();
    }

    /** Returns the bodies of a healthcare region on the given day. */
    public List<CooperationBody> bodies(String healthcareRegionId, LocalDate day) {
        return snapshot.dataset().all(CooperationBody.class).stream()
                .filter(b -> b.healthcareRegionId().equals(healthcareRegionId) && b.validity().contains(day)).toList();
    }
}
