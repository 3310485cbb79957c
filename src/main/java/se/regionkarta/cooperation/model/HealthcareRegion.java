package se.regionkarta.cooperation.model;

import java.util.List;
import java.util.Objects;
import se.regionkarta.provenance.model.Dated;
import se.regionkarta.provenance.model.Fact;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;

/**
 * One of the six healthcare regions (sjukvårdsregioner) in which regions cooperate on specialised care.
 *
 * @param formerNames names the healthcare region had before, oldest first
 * @param universityHospitals the university hospitals of the healthcare region, as named in the sources
 * @param note an editor's remark on how the fact was read from its sources, or null
 */
public record HealthcareRegion(
        String id,
        String name,
        String nameEn,
        List<String> formerNames,
        List<Membership> members,
        List<String> universityHospitals,
        Validity validity,
        String description,
        String note,
        List<SourceRef> sources) implements Fact, Dated {

    public HealthcareRegion {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a healthcare region needs a name");
        }
        formerNames = List.copyOf(formerNames);
        members = List.copyOf(members);
        universityHospitals = List.copyOf(universityHospitals);
        validity = validity == null ? Validity.ALWAYS : validity;
        sources = List.copyOf(sources);
    }
}
