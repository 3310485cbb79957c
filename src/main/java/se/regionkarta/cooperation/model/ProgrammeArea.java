package se.regionkarta.cooperation.model;

import java.util.List;
import java.util.Objects;
import se.regionkarta.provenance.model.Dated;
import se.regionkarta.provenance.model.Fact;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;

/**
 * A national programme area (nationellt programområde, NPO) of the regions' shared system for
 * knowledge management in health care.
 */
public record ProgrammeArea(String id, int number, String name, Validity validity, String note, List<SourceRef> sources)
        implements Fact, Dated {

    public ProgrammeArea {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a programme area needs a name");
        }
        validity = validity == null ? Validity.ALWAYS : validity;
        sources = List.copyOf(sources);
    }
}
