package se.regionkarta.dataset;

import java.math.BigDecimal;
import java.util.List;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.figures.model.Period;
import se.regionkarta.figures.model.Qualifier;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.provenance.model.SourceRef;

/** Reads a key figure from YAML or CSV fields; see docs/data-format.md for the fields. */
final class Figures {

    private Figures() {
    }

    static KeyFigure read(FieldSource f) {
        String unit = require(f, "unit");
        String metric = require(f, "metric");
        Period period = f.get("period") == null ? Period.STOCK : Period.parse(f.get("period"));
        String category = f.get("category");
        List<SourceRef> sources = f.sources();
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("the figure cites no source ('sources' is empty)");
        }
        String id = f.get("id") != null ? f.get("id") : defaultId(unit, metric, period, category, sources.get(0).sourceId());
        String asOf = f.get("as_of");
        return new KeyFigure(id, unit, metric, number(f, "value", true), number(f, "upper_value", false),
                f.get("qualifier") == null ? null : Entry.enumOf(f.get("qualifier"), Qualifier.class), period,
                asOf == null ? null : PartialDate.parse(asOf), f.get("part_of"), category,
                "true".equalsIgnoreCase(f.get("preferred")), f.get("reason"), f.get("note"), sources);
    }

    /** Returns {@code unit.metric.period[.category].source}, readable and stable as long as those are. */
    static String defaultId(String unit, String metric, Period period, String category, String source) {
        return unit + "." + metric + "." + period.toString().replace(':', '-')
                + (category == null ? "" : "." + Slug.of(category)) + "." + source;
    }

    private static String require(FieldSource f, String field) {
        String value = f.get(field);
        if (value == null) {
            throw new IllegalArgumentException("'" + field + "' is missing");
        }
        return value;
    }

    private static BigDecimal number(FieldSource f, String field, boolean required) {
        String text = required ? require(f, field) : f.get(field);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + field + "' must be a plain number such as 654000 or 4.5, got '" + text + "'");
        }
    }
}
