package se.regionkarta.politics.model;

import java.util.List;
import java.util.Objects;
import se.regionkarta.provenance.model.Dated;
import se.regionkarta.provenance.model.Fact;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;

/**
 * A person holding a political role for a party, in a region and optionally in one body.
 *
 * @param regionId the region (unit id)
 * @param bodyId the body the role is in (for a chair), or null for region-wide roles such as commissioner
 * @param partyId the party the person represents
 * @param termId the term of office the role belongs to, or null; the role then holds only within
 *     that term as well as within {@code validity}
 */
public record Appointment(
        String id,
        String personId,
        Role role,
        String regionId,
        String bodyId,
        String partyId,
        String termId,
        Validity validity,
        String note,
        List<SourceRef> sources) implements Fact, Dated {

    public Appointment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(personId, "person");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(regionId, "region");
        validity = validity == null ? Validity.ALWAYS : validity;
        sources = List.copyOf(sources);
    }
}
