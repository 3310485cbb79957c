package se.regionkarta.politics.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import se.regionkarta.provenance.model.Dated;
import se.regionkarta.provenance.model.Fact;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;

/**
 * A term of office (mandatperiod) of the bodies elected in a general election, for example
 * 2022–2026: from 15 October of the election year to 14 October four years later.
 *
 * @param id written {@code YYYY-YYYY}
 */
public record Term(String id, LocalDate from, LocalDate until, List<SourceRef> sources) implements Fact, Dated {

    public Term {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!id.matches("\\d{4}-\\d{4}")) {
            throw new IllegalArgumentException("a term id is written YYYY-YYYY, got '" + id + "'");
        }
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("term " + id + " ends before it starts");
        }
        sources = List.copyOf(sources);
    }

    @Override
    public Validity validity() {
        return Validity.between(from, until);
    }
}
