package se.regionkarta.politics.model;

import java.util.List;
import java.util.Objects;
import se.regionkarta.provenance.model.Dated;
import se.regionkarta.provenance.model.Fact;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;

/**
 * Parties that act together in an assembly during (part of) a term: the governing side or the
 * opposition.
 *
 * @param bodyId the assembly
 * @param statedSeats the seat total the source gives, checked against the seat counts; may be null
 * @param validity when within the term it held; a coalition may break up mid-term
 */
public record Coalition(
        String id,
        String bodyId,
        String termId,
        CoalitionRole role,
        List<String> partyIds,
        Integer statedSeats,
        Validity validity,
        String note,
        List<SourceRef> sources) implements Fact, Dated {

    public Coalition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bodyId, "body");
        Objects.requireNonNull(termId, "term");
        Objects.requireNonNull(role, "role");
        if (partyIds == null || partyIds.isEmpty()) {
            throw new IllegalArgumentException("a coalition needs at least one party");
        }
        partyIds = List.copyOf(partyIds);
        validity = validity == null ? Validity.ALWAYS : validity;
        sources = List.copyOf(sources);
    }
}
