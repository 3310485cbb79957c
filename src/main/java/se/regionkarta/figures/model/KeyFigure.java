package se.regionkarta.figures.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import se.regionkarta.provenance.model.Fact;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.provenance.model.SourceRef;

/**
 * A number about a unit, with what it measures, the period it covers and how exact it is.
 *
 * @param unitId the unit the figure describes
 * @param metricId what it measures ({@link Metric})
 * @param value the number; for a range, its lower end
 * @param upperValue the upper end of a range ("300–400 calls a day"), or null
 * @param asOf the date or year the figure refers to when the period does not say; may be null
 * @param partOf the id of the figure this one breaks down (employees by form of employment), or null
 * @param category what part of the whole a breakdown figure is, for example "tillsvidare"; null otherwise
 * @param preferred whether the editors chose this figure where sources disagree; {@code reason} says why
 */
public record KeyFigure(
        String id,
        String unitId,
        String metricId,
        BigDecimal value,
        BigDecimal upperValue,
        Qualifier qualifier,
        Period period,
        PartialDate asOf,
        String partOf,
        String category,
        boolean preferred,
        String reason,
        String note,
        List<SourceRef> sources) implements Fact {

    public KeyFigure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitId, "unit");
        Objects.requireNonNull(metricId, "metric");
        Objects.requireNonNull(value, "value");
        if (upperValue != null && upperValue.compareTo(value) < 0) {
            throw new IllegalArgumentException("the upper end of a range (" + upperValue + ") is below its lower end (" + value + ")");
        }
        qualifier = qualifier == null ? Qualifier.EXACT : qualifier;
        period = period == null ? Period.STOCK : period;
        if (partOf != null && (category == null || category.isBlank())) {
            throw new IllegalArgumentException("a breakdown figure (part_of) needs a category");
        }
        if (preferred && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a preferred figure must say why it is preferred (reason)");
        }
        sources = List.copyOf(sources);
    }

    /** Returns the value as text, with a range written "300–400". */
    public String valueText() {
        String v = value.stripTrailingZeros().toPlainString();
        return upperValue == null ? v : v + "–" + upperValue.stripTrailingZeros().toPlainString();
    }
}
