package se.regionkarta.figures.model;

import java.util.Objects;
import se.regionkarta.provenance.model.Identified;

/**
 * What a key figure counts or measures, for example "employees" or "doctor visits at health centres".
 * Figures refer to a metric by id so that the same thing is always called and measured the same way.
 */
public record Metric(String id, String label, String labelEn, MeasureUnit unit, String description)
        implements Identified {

    public Metric {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a metric needs a Swedish label");
        }
    }
}
