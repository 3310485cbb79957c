package se.regionkarta.provenance.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A document facts come from.
 *
 * @param published when the document was published or last changed, as precisely as known; may be null
 * @param accessed the day the registry's editors read it
 */
public record Source(
        String id,
        String title,
        String publisher,
        String url,
        SourceKind kind,
        PartialDate published,
        LocalDate accessed,
        String note) implements Identified {

    public Source {
        Objects.requireNonNull(id, "id");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a source needs a title");
        }
        Objects.requireNonNull(kind, "kind");
    }

}
