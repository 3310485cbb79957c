package se.regionkarta.provenance.model;

import java.util.List;
import java.util.Objects;

/**
 * One statement about one property of a subject, as one or more sources make it.
 *
 * <p>Where sources disagree, each version is kept as its own claim about the same subject and
 * property; {@link ConflictFinder} finds them and {@link ConflictPolicy} picks the value shown.
 *
 * @param subjectId the id of the unit, body or other fact the claim is about
 * @param property what is claimed, a short code such as {@code administration-count}
 * @param label the property in Swedish words, for people
 * @param value the claimed value as text
 * @param preferred whether the registry's editors chose this value; {@code reason} then says why
 */
public record Claim(
        String id,
        String subjectId,
        String property,
        String label,
        String value,
        boolean preferred,
        String reason,
        String note,
        List<SourceRef> sources) implements Fact {

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subjectId, "subject");
        Objects.requireNonNull(property, "property");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a claim needs a value");
        }
        if (preferred && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a preferred claim must say why it is preferred (reason)");
        }
        sources = List.copyOf(sources);
    }

    /** Returns the key that claims about the same thing share. */
    public String topic() {
        return subjectId + "|" + property;
    }
}
