package se.regionkarta.carechoice.model;

import java.util.List;
import java.util.Objects;
import se.regionkarta.provenance.model.Dated;
import se.regionkarta.provenance.model.Fact;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;

/**
 * A unit taking part in a care-choice scheme as a provider residents can choose: from when to when,
 * and run by whom. Whether the unit is region-run or private is the unit's own ownership; the
 * operator names the organisation behind a private unit.
 *
 * @param operator the organisation that runs the unit in the scheme (a company for a private unit),
 *     or null where it is the region itself or the sources do not say
 * @param named false where the unit stands for one a source counts but does not name, so that the
 *     scheme's counts still follow from units; true for a unit the sources name
 * @param note an editor's remark on how the fact was read from its sources, or null
 */
public record SchemeProvider(
        String id,
        String schemeId,
        String unitId,
        String operator,
        boolean named,
        Validity validity,
        String note,
        List<SourceRef> sources) implements Fact, Dated {

    public SchemeProvider {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schemeId, "scheme");
        Objects.requireNonNull(unitId, "unit");
        if (operator != null && operator.isBlank()) {
            throw new IllegalArgumentException("an operator, where given, needs a name");
        }
        validity = validity == null ? Validity.ALWAYS : validity;
        sources = List.copyOf(sources);
    }
}
