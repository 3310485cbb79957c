package se.regionkarta.site;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.figures.model.MeasureUnit;
import se.regionkarta.figures.model.Metric;
import se.regionkarta.figures.model.Qualifier;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.provenance.model.Validity;

/** Writes numbers, dates, periods and key figures for people, in the page's language. */
public final class Fmt {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private Fmt() {
    }

    public static String number(BigDecimal n, Lang lang) {
        NumberFormat f = NumberFormat.getNumberInstance(lang == Lang.SV ? SWEDISH : Locale.UK);
        f.setMaximumFractionDigits(3);
        return f.format(n);
    }

    public static String number(long n, Lang lang) {
        return number(BigDecimal.valueOf(n), lang);
    }

    /** Writes a day as "1 januari 2019" or "1 January 2019". */
    public static String day(LocalDate d, Lang lang) {
        return d.format(DateTimeFormatter.ofPattern("d MMMM yyyy", lang == Lang.SV ? SWEDISH : Locale.UK));
    }

    /** Writes a partial date as precisely as it is known. */
    public static String date(PartialDate d, Lang lang) {
        return switch (d.precision()) {
            case YEAR -> String.valueOf(d.year());
            case MONTH -> d.firstDay().format(DateTimeFormatter.ofPattern("MMMM yyyy", lang == Lang.SV ? SWEDISH : Locale.UK));
            case DAY -> day(d.firstDay(), lang);
        };
    }

    /** Writes a validity as "från 2019", "2019–2022", or null for an open one. */
    public static String validity(Validity v, Texts t, Lang lang) {
        if (v.from() == null && v.until() == null) {
            return null;
        }
        if (v.until() == null) {
            return t.get("period.from", date(v.from(), lang));
        }
        if (v.from() == null) {
            return t.get("period.until", date(v.until(), lang));
        }
        return t.get("period.between", date(v.from(), lang), date(v.until(), lang));
    }

    /** Writes the value of a figure the way the source says it: "cirka 4 200", "300–400 per dag". */
    public static String figureValue(KeyFigure f, Metric metric, Texts t, Lang lang) {
        String value = number(f.value(), lang) + (f.upperValue() == null ? "" : "–" + number(f.upperValue(), lang));
        String qualifier = f.qualifier() == Qualifier.EXACT ? "" : t.get("qualifier." + f.qualifier().name().toLowerCase()) + " ";
        String unit = metric == null ? "" : measure(metric.unit(), lang);
        String per = f.period().per() == null ? "" : " " + lang.pick(f.period().per().swedish(), f.period().per().english());
        String when = f.period().year() != null ? " (" + f.period().year() + ")"
                : f.asOf() != null ? " (" + date(f.asOf(), lang) + ")" : "";
        return qualifier + value + unit + per + when;
    }

    private static String measure(MeasureUnit unit, Lang lang) {
        String text = lang.pick(unit.swedish(), unit.english());
        return unit == MeasureUnit.COUNT || text.isEmpty() ? "" : unit == MeasureUnit.PERCENT ? "\u00a0%" : "\u00a0" + text;
    }

    /** Returns the label of a figure: the metric and, for a breakdown, its category. */
    public static String figureLabel(KeyFigure f, Metric metric, Lang lang) {
        String label = metric == null ? f.metricId() : lang.pick(metric.label(), metric.labelEn());
        return f.category() == null ? label : label + " (" + f.category() + ")";
    }

    /** Returns the share as a whole percentage, "36 %". */
    public static String percent(int part, int whole, Lang lang) {
        if (whole == 0) {
            return "–";
        }
        return Math.round(100.0 * part / whole) + "\u00a0%";
    }

    /** Returns the text with its first letter in upper case, as a sentence or a heading begins. */
    public static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Returns "registrerad av … den …" for a fact's latest change in the store's log, or null where the log does not know. */
    public static String recorded(java.util.Optional<se.regionkarta.history.Change> change, SiteRequest req) {
        return change.map(c -> req.t("history.recorded", c.actor(),
                day(c.at().atZoneSameInstant(req.zone()).toLocalDate(), req.lang()))).orElse(null);
    }
}
