package se.regionkarta.cooperation.model;

import java.util.List;
import java.util.Objects;
import se.regionkarta.provenance.model.Dated;
import se.regionkarta.provenance.model.Fact;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;

/**
 * A decision of a healthcare region's joint body (issue 6): care made shared and the unit it is
 * concentrated to, care not to be given within the healthcare region, how the budget the regions
 * allocate is shared, or a price list for care sold between the regions.
 *
 * <p>Only what a source states is recorded: a decision whose day or period the sources do not give
 * keeps them unknown (null, {@link Validity#ALWAYS}) rather than a guess.
 *
 * @param bodyId the cooperation body that decided (a joint committee, a federation board)
 * @param title the decision's or document's name as the source gives it (a price list's title), or null
 * @param decidedOn when the decision was taken, or null where the sources do not say
 * @param validity the period the decision applies to (a price list's year); open where not known
 * @param affectedUnits the units the decision concerns, e.g. the unit care is concentrated to
 * @param careArea the care the decision concerns, in the registry's words (Swedish), or null
 * @param description what was decided, in the registry's own words (Swedish), or null
 * @param note an editor's remark on how the fact was read from its sources, or null
 */
public record JointDecision(
        String id,
        String bodyId,
        DecisionKind kind,
        String title,
        PartialDate decidedOn,
        Validity validity,
        List<String> affectedUnits,
        String careArea,
        String description,
        String note,
        List<SourceRef> sources) implements Fact, Dated {

    public JointDecision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bodyId, "body");
        Objects.requireNonNull(kind, "kind");
        if ((title == null || title.isBlank()) && (careArea == null || careArea.isBlank())
                && (description == null || description.isBlank())) {
            throw new IllegalArgumentException("a decision needs a title, a care area or a description that says what was decided");
        }
        validity = validity == null ? Validity.ALWAYS : validity;
        if (decidedOn != null && validity.until() != null && decidedOn.firstDay().isAfter(validity.until().lastDay())) {
            throw new IllegalArgumentException("the decision (" + decidedOn + ") comes after the period it applies to has ended ("
                    + validity.until() + ")");
        }
        affectedUnits = List.copyOf(affectedUnits);
        sources = List.copyOf(sources);
    }
}
