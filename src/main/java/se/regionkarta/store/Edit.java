package se.regionkarta.store;
// STUB-FOR-COMPILE (replaced by the store branch)
import java.time.LocalDate;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.provenance.model.Identified;
public record Edit(FactKind kind, String id, int expectedVersion, Identified fact, LocalDate closeOn) {
    public static Edit put(Identified fact, int expectedVersion) { return new Edit(FactKind.of(fact), fact.id(), expectedVersion, fact, null); }
    public static Edit close(FactKind kind, String id, int expectedVersion, LocalDate day) { return new Edit(kind, id, expectedVersion, null, day); }
}
