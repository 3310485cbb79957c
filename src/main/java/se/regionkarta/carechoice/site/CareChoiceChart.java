package se.regionkarta.carechoice.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.regionkarta.site.SiteRequest;

/**
 * The providers of a region's care-choice schemes, region-run beside private, as a horizontal bar
 * chart: one group of bars per scheme, bar length proportional to the units counted on the page's
 * day (issue 7), the source's own figure beside each bar where it is compared. The same numbers go
 * into a table beside the chart.
 *
 * @param height the height of the drawing in SVG units (its width is {@link #WIDTH})
 */
public record CareChoiceChart(List<Group> groups, int height) {

    public static final int WIDTH = 640;
    static final int LABEL_WIDTH = 0;
    static final int BAR_HEIGHT = 22;
    static final int BAR_GAP = 6;
    static final int GROUP_GAP = 40;
    static final int MAX_BAR = 340;

    /** One scheme: its name and one bar per kind of ownership. */
    public record Group(String name, double y, List<Bar> bars) {
    }

    /** A scheme to draw: its name and its counts. */
    public record Scheme(String name, CareChoiceTally tally) {
    }

    /**
     * One bar: the providers of one ownership in a scheme.
     *
     * @param text what is written after the bar: the ownership, the count and the source's figure
     */
    public record Bar(String label, int count, String text, String css, double y, double width) {

        public String yText() {
            return String.format(Locale.ROOT, "%.1f", y);
        }

        public String widthText() {
            return String.format(Locale.ROOT, "%.1f", width);
        }

        public String textX() {
            return String.format(Locale.ROOT, "%.1f", width + 8);
        }

        public String textY() {
            return String.format(Locale.ROOT, "%.1f", y + BAR_HEIGHT * 0.7);
        }
    }

    /** Lays out the bars of the given schemes; the longest bar is {@link #MAX_BAR} wide. */
    public static CareChoiceChart of(List<Scheme> schemes, SiteRequest req) {
        int max = schemes.stream().flatMap(c -> c.tally().rows().stream()).mapToInt(CareChoiceTally.Row::units).max().orElse(1);
        List<Group> groups = new ArrayList<>();
        double y = 0;
        for (Scheme scheme : schemes) {
            double groupY = y;
            y += 20; // room for the scheme's name above its bars
            List<Bar> bars = new ArrayList<>();
            for (CareChoiceTally.Row r : scheme.tally().rows()) {
                String text = r.ownership() + ": " + r.units() + (r.stated() == null || !scheme.tally().compared() ? ""
                        : " " + req.t("carechoice.chart.stated", r.stated()));
                bars.add(new Bar(r.ownership(), r.units(), text, r.css(), y, max == 0 ? 0 : (double) MAX_BAR * r.units() / max));
                y += BAR_HEIGHT + BAR_GAP;
            }
            groups.add(new Group(scheme.name(), groupY, bars));
            y += GROUP_GAP - BAR_GAP;
        }
        return new CareChoiceChart(groups, (int) Math.ceil(y));
    }

    public String groupY(Group g) {
        return String.format(Locale.ROOT, "%.1f", g.y() + 14);
    }
}
