package se.regionkarta.carechoice.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.regionkarta.carechoice.ExampleCounty;
import se.regionkarta.registry.model.Ownership;
import se.regionkarta.site.Fmt;
import se.regionkarta.site.SiteRequest;

/**
 * The example's payments month by month as a column chart: twelve columns, each the month's total,
 * the region-run providers' part at the bottom and the private providers' on top, with a scale of
 * millions of kronor. Every coordinate is computed here, from numbers only; the same numbers stand
 * in a table beside the chart.
 *
 * @param ticks the scale's lines, from 0 up
 */
public record CareChoiceMonthChart(List<Column> columns, List<Tick> ticks) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 300;
    static final int LEFT = 64;
    static final int TOP = 12;
    static final int BOTTOM = 28;
    static final int PLOT = HEIGHT - TOP - BOTTOM;
    static final int SLOT = (WIDTH - LEFT - 8) / 12;
    static final int BAR = 32;

    /** One month: its label and the two parts of its column, as SVG numbers. */
    public record Column(String label, String x, String labelX, String ownY, String ownHeight, String privateY,
            String privateHeight) {
    }

    /** A line of the scale and its label, in millions of kronor. */
    public record Tick(String y, String label) {
    }

    static CareChoiceMonthChart of(List<ExampleCounty.Month> months, List<String> labels, SiteRequest req) {
        long max = months.stream().mapToLong(m -> m.ore(Ownership.REGION_RUN) + m.ore(Ownership.PRIVATE)).max().orElse(0);
        long step = step(max);
        long top = Math.max(step, (max + step - 1) / step * step);
        List<Tick> ticks = new ArrayList<>();
        for (long v = 0; v <= top; v += step) {
            ticks.add(new Tick(num(TOP + PLOT - (double) PLOT * v / top), millions(v, req)));
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            ExampleCounty.Month m = months.get(i);
            double own = (double) PLOT * m.ore(Ownership.REGION_RUN) / top;
            double priv = (double) PLOT * m.ore(Ownership.PRIVATE) / top;
            double x = LEFT + i * SLOT + (SLOT - BAR) / 2.0;
            double base = TOP + PLOT;
            columns.add(new Column(labels.get(i), num(x), num(x + BAR / 2.0), num(base - own), num(own), num(base - own - priv),
                    num(priv)));
        }
        return new CareChoiceMonthChart(columns, ticks);
    }

    /** Returns a step of the scale, in öre, of 1, 2 or 5 × a power of ten, giving at most five steps. */
    static long step(long max) {
        long step = 100_00L; // 100 kronor
        while (max / step > 5) {
            long next = step * 2;
            if (max / next <= 5) {
                return next;
            }
            next = step * 5;
            if (max / next <= 5) {
                return next;
            }
            step *= 10;
        }
        return step;
    }

    /** Writes öre as millions of kronor for the scale, "2,5 mnkr". */
    private static String millions(long ore, SiteRequest req) {
        return req.t("carechoice.example.millions", Fmt.number(java.math.BigDecimal.valueOf(ore, 8), req.lang()));
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - 8;
    }

    public int bar() {
        return BAR;
    }

    public int labelY() {
        return HEIGHT - 8;
    }
}
