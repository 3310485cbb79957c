package se.regionkarta.registry.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.regionkarta.provenance.model.Dated;
import se.regionkarta.provenance.model.Fact;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;
import java.time.LocalDate;

/**
 * An organisational unit: a region, an administration, a hospital, a staff function and so on.
 *
 * @param name the Swedish name, as the unit calls itself now (or last did, for a closed unit)
 * @param nameEn an English name, or null where none is established
 * @param formerNames names the unit had before, each with the period it was used
 * @param parents where the unit sits in the hierarchy over time; empty for a top-level unit
 * @param ownership who runs it, or null where the sources do not say
 * @param location where it is, or null
 * @param description a short description in the registry's own words (Swedish)
 * @param note an editor's remark on how the fact was read from its sources, or null
 */
public record Unit(
        String id,
        String name,
        String nameEn,
        List<FormerName> formerNames,
        UnitKind kind,
        List<ParentLink> parents,
        Validity validity,
        Ownership ownership,
        Location location,
        List<Identifier> identifiers,
        String description,
        String descriptionEn,
        String note,
        List<SourceRef> sources) implements Fact, Dated {

    public Unit {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a unit needs a name");
        }
        Objects.requireNonNull(kind, "kind");
        formerNames = formerNames == null ? List.of() : List.copyOf(formerNames);
        parents = List.copyOf(parents);
        validity = validity == null ? Validity.ALWAYS : validity;
        identifiers = List.copyOf(identifiers);
        sources = List.copyOf(sources);
    }

    /** Returns the name the unit had on the given day: a former name if one was in use, else its name. */
    public String nameOn(LocalDate day) {
        return formerNames.stream().filter(f -> f.validity().contains(day)).map(FormerName::name).findFirst().orElse(name);
    }

    /** Returns the parent on the given day, if the unit has one then. */
    public Optional<String> parentOn(LocalDate day) {
        return parents.stream().filter(p -> p.validity().contains(day)).map(ParentLink::parentId).findFirst();
    }

    /** Returns the same unit with another current name (former names unchanged). */
    public Unit withName(String newName) {
        return new Unit(id, newName, nameEn, formerNames, kind, parents, validity, ownership, location, identifiers,
                description, descriptionEn, note, sources);
    }

    /** Returns the same unit placed under other parents. */
    public Unit withParents(List<ParentLink> newParents) {
        return new Unit(id, name, nameEn, formerNames, kind, newParents, validity, ownership, location, identifiers,
                description, descriptionEn, note, sources);
    }

    /** Returns the value of the identifier in the given scheme, if the unit has one. */
    public Optional<String> identifier(Identifier.Scheme scheme) {
        return identifiers.stream().filter(i -> i.scheme() == scheme).map(Identifier::value).findFirst();
    }
}
