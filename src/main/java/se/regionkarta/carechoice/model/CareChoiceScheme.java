package se.regionkarta.carechoice.model;

import java.util.List;
import java.util.Objects;
import se.regionkarta.provenance.model.Dated;
import se.regionkarta.provenance.model.Fact;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;

/**
 * A care-choice scheme (vårdval) of a region: residents choose a provider and the payment follows.
 *
 * @param ageFrom youngest age covered, or null
 * @param ageTo oldest age covered, or null
 * @param providers provider units by ownership, as stated by the source
 * @param note an editor's remark on how the fact was read from its sources, or null
 */
public record CareChoiceScheme(
        String id,
        String regionId,
        String name,
        String nameEn,
        CareArea area,
        Integer ageFrom,
        Integer ageTo,
        String legalBasis,
        List<Principle> principles,
        List<ProviderCount> providers,
        Validity validity,
        String description,
        String note,
        List<SourceRef> sources) implements Fact, Dated {

    public CareChoiceScheme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(regionId, "region");
        Objects.requireNonNull(area, "area");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a care-choice scheme needs a name");
        }
        if (ageFrom != null && ageTo != null && ageFrom > ageTo) {
            throw new IllegalArgumentException("the age range ends (" + ageTo + ") before it starts (" + ageFrom + ")");
        }
        principles = List.copyOf(principles);
        providers = List.copyOf(providers);
        validity = validity == null ? Validity.ALWAYS : validity;
        sources = List.copyOf(sources);
    }

    /** Returns the total number of provider units the source states. */
    public int totalProviders() {
        return providers.stream().mapToInt(ProviderCount::count).sum();
    }
}
