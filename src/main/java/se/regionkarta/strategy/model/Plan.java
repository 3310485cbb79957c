package se.regionkarta.strategy.model;

import java.util.List;
import java.util.Objects;
import se.regionkarta.provenance.model.Dated;
import se.regionkarta.provenance.model.Fact;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;

/**
 * A vision, plan, strategy or set of goals of a region, with its items.
 *
 * @param unitId the region or unit the plan belongs to
 * @param title the plan's name (for a vision: the vision itself)
 * @param validity the years the plan covers
 * @param note an editor's remark on how the fact was read from its sources, or null
 */
public record Plan(
        String id,
        String unitId,
        PlanKind kind,
        String title,
        String titleEn,
        Validity validity,
        List<PlanItem> items,
        String description,
        String note,
        List<SourceRef> sources) implements Fact, Dated {

    public Plan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitId, "unit");
        Objects.requireNonNull(kind, "kind");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a plan needs a title");
        }
        validity = validity == null ? Validity.ALWAYS : validity;
        items = List.copyOf(items);
        sources = List.copyOf(sources);
    }
}
