package se.regionkarta.politics.model;

import java.util.List;
import java.util.Objects;
import se.regionkarta.provenance.model.Fact;
import se.regionkarta.provenance.model.SourceRef;

/**
 * A political party, identified by the abbreviation used in Swedish election results.
 *
 * @param id the abbreviation, for example {@code S} or {@code SD}
 * @param colour the party's customary colour as {@code #rrggbb}, used to draw seat diagrams
 */
public record Party(String id, String name, String colour, String note, List<SourceRef> sources) implements Fact {

    public Party {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a party needs a name");
        }
        if (colour != null && !colour.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("a colour is written #rrggbb, got '" + colour + "'");
        }
        sources = List.copyOf(sources);
    }
}
