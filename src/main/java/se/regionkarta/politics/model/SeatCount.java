package se.regionkarta.politics.model;

import java.util.List;
import java.util.Objects;
import se.regionkarta.provenance.model.Fact;
import se.regionkarta.provenance.model.SourceRef;

/** The seats (mandat) one party holds in one body for one term. */
public record SeatCount(String bodyId, String termId, String partyId, int seats, List<SourceRef> sources)
        implements Fact {

    public SeatCount {
        Objects.requireNonNull(bodyId, "body");
        Objects.requireNonNull(termId, "term");
        Objects.requireNonNull(partyId, "party");
        if (seats < 0) {
            throw new IllegalArgumentException("seats cannot be negative");
        }
        sources = List.copyOf(sources);
    }

    @Override
    public String id() {
        return bodyId + "/" + termId + "/" + partyId;
    }
}
