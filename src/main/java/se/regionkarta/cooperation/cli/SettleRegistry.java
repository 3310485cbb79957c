package se.regionkarta.cooperation.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.regionkarta.cooperation.model.HealthcareRegion;
import se.regionkarta.cooperation.model.Membership;
import se.regionkarta.cooperation.settlement.CareGeography;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.figures.model.Qualifier;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.registry.model.UnitKind;

/** What the settle and generate-care-events commands take from the registry: regions, populations, healthcare regions. */
final class SettleRegistry {

    /**
     * The regions where each healthcare region's university hospitals are. The registry names the
     * hospitals (healthcare-regions.yaml) but not the region each stands in, so the generator is
     * told here; a healthcare region missing from this list uses its most populous member.
     */
    private static final Map<String, List<String>> UNIVERSITY_HOSPITAL_REGIONS = Map.of(
            "norra", List.of("vasterbotten"),            // Norrlands universitetssjukhus, Umeå
            "mellansverige", List.of("uppsala", "orebro"), // Akademiska sjukhuset; Universitetssjukhuset Örebro
            "stockholm-gotland", List.of("stockholm"),
            "sydostra", List.of("ostergotland"),          // Universitetssjukhuset i Linköping
            "sodra", List.of("skane"),                    // Skånes universitetssjukhus
            "vastra", List.of("vastra-gotaland"));

    private final Dataset dataset;
    private final LocalDate today;

    SettleRegistry(Dataset dataset, LocalDate today) {
        this.dataset = dataset;
        this.today = today;
    }

    /** Returns the ids of the regions in force today, in id order. */
    List<String> regionIds() {
        return se.regionkarta.cooperation.CareSettlement.regionIds(dataset, today);
    }

    /**
     * Returns the region's population: its latest exact figure (or the latest of any kind when it
     * has no exact one).
     */
    Optional<KeyFigure> population(String regionId) {
        return dataset.all(KeyFigure.class).stream()
                .filter(f -> f.unitId().equals(regionId) && f.metricId().equals("population") && f.partOf() == null)
                .max(Comparator.comparing((KeyFigure f) -> f.qualifier() == Qualifier.EXACT)
                        .thenComparing(f -> f.asOf() == null ? LocalDate.MIN : f.asOf().lastDay()));
    }

    /** Returns the regions with their populations and providing units, and the healthcare regions. */
    CareGeography geography() {
        List<HealthcareRegion> areas = dataset.all(HealthcareRegion.class).stream().filter(h -> h.validity().contains(today)).toList();
        List<CareGeography.Area> hospitalAreas = new ArrayList<>();
        Map<String, Long> populations = new LinkedHashMap<>();
        for (String id : regionIds()) {
            population(id).ifPresent(f -> populations.put(id, f.value().longValue()));
        }
        for (HealthcareRegion area : areas) {
            List<String> members = area.members().stream().filter(m -> m.validity().contains(today))
                    .map(Membership::regionId).filter(populations::containsKey).toList();
            if (members.isEmpty()) {
                continue;
            }
            List<String> hubs = UNIVERSITY_HOSPITAL_REGIONS.getOrDefault(area.id(), List.of()).stream()
                    .filter(members::contains).toList();
            if (hubs.isEmpty()) {
                hubs = List.of(members.stream().max(Comparator.comparing(populations::get)).orElseThrow());
            }
            hospitalAreas.add(new CareGeography.Area(area.id(), members, hubs));
        }
        List<CareGeography.Region> regions = new ArrayList<>();
        populations.forEach((id, population) -> {
            boolean hub = hospitalAreas.stream().anyMatch(a -> a.hubs().contains(id));
            regions.add(new CareGeography.Region(id, population, units(id, hub)));
        });
        return new CareGeography(regions, hospitalAreas);
    }

    /**
     * Returns the region's hospitals in the registry; a region with none gets one synthetic unit id
     * ({@code <region>.universitetssjukhus} or {@code <region>.sjukhus}), which need not exist in the registry.
     */
    private List<String> units(String regionId, boolean hub) {
        List<String> hospitals = dataset.all(Unit.class).stream()
                .filter(u -> u.kind() == UnitKind.HOSPITAL && u.id().startsWith(regionId + ".") && u.validity().contains(today))
                .map(Unit::id).sorted().toList();
        return hospitals.isEmpty() ? List.of(regionId + (hub ? ".universitetssjukhus" : ".sjukhus")) : hospitals;
    }
}
