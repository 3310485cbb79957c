package se.regionkarta.politics.model;

import java.util.List;
import java.util.Objects;
import se.regionkarta.provenance.model.Fact;
import se.regionkarta.provenance.model.SourceRef;

/** An elected politician named in a public source, in that public role only. */
public record Person(String id, String name, List<SourceRef> sources) implements Fact {

    public Person {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a person needs a name");
        }
        sources = List.copyOf(sources);
    }
}
