package se.regionkarta.figures;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import se.regionkarta.dataset.Entry;
import se.regionkarta.dataset.SectionReader;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.figures.model.MeasureUnit;
import se.regionkarta.figures.model.Metric;
import se.regionkarta.figures.model.Period;
import se.regionkarta.figures.model.Qualifier;
import se.regionkarta.provenance.model.SourceRef;

/**
 * Reads the {@code metrics} section and the key figures, from YAML ({@code figures:}) and from CSV
 * ({@code figures.csv}, one figure per row) alike (docs/data-format.md).
 */
public final class FigureSections implements SectionReader {

    @Override
    public void read(FactKind section, Entry e, Facts out) {
        switch (section) {
            case METRIC -> out.add(new Metric(e.text("id"), e.text("label"), e.optText("label_en"),
                    e.enumField("unit", MeasureUnit.class), e.optText("description")), e);
            case FIGURE -> out.add(figure(e), e);
            default -> throw new IllegalArgumentException(section + " is not read here");
        }
    }

    private static KeyFigure figure(Entry e) {
        String unit = e.text("unit");
        String metric = e.text("metric");
        Period period = e.has("period") ? period(e) : Period.STOCK;
        String category = e.optText("category");
        List<SourceRef> sources = e.sources();
        if (sources.isEmpty()) {
            throw e.refuse("sources", "the figure cites no source ('sources' is empty)");
        }
        String id = e.has("id") ? e.text("id") : defaultId(unit, metric, period, category, sources.get(0).sourceId());
        if (!e.has("value")) {
            throw e.refuse("value", "'value' is missing");
        }
        return new KeyFigure(id, unit, metric, e.optNumber("value"), e.optNumber("upper_value"),
                e.optEnum("qualifier", Qualifier.class), period, e.optDate("as_of"), e.optText("part_of"), category,
                e.flag("preferred"), e.optText("reason"), e.optText("note"), sources);
    }

    private static Period period(Entry e) {
        try {
            return Period.parse(e.text("period"));
        } catch (IllegalArgumentException | java.time.DateTimeException x) {
            throw e.refuse("period", x.getMessage());
        }
    }

    /** Returns {@code unit.metric.period[.category].source}, readable and stable as long as those are. */
    public static String defaultId(String unit, String metric, Period period, String category, String source) {
        return unit + "." + metric + "." + period.toString().replace(':', '-')
                + (category == null ? "" : "." + slug(category)) + "." + source;
    }

    /** Turns free text into the id alphabet: lower-case ASCII letters, digits and hyphens. */
    private static String slug(String text) {
        String ascii = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
