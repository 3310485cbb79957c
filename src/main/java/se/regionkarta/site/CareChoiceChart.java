package se.regionkarta.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.regionkarta.carechoice.model.CareChoiceScheme;
import se.regionkarta.carechoice.model.ProviderCount;
import se.regionkarta.registry.model.Ownership;

/**
 * The providers of a region's care-choice schemes, region-run beside private, as a horizontal bar
 * chart: one group of bars per scheme, bar length proportional to the count. The same numbers go
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
    static final int MAX_BAR = 440;

    /** One scheme: its name and one bar per kind of ownership. */
    public record Group(String name, double y, List<Bar> bars) {
    }

    /** One bar: the providers of one ownership in a scheme. */
    public record Bar(String label, int count, String noun, String css, double y, double width) {

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
    static CareChoiceChart of(List<CareChoiceScheme> schemes, SiteRequest req) {
        int max = schemes.stream().flatMap(c -> c.providers().stream()).mapToInt(ProviderCount::count).max().orElse(1);
        List<Group> groups = new ArrayList<>();
        double y = 0;
        for (CareChoiceScheme scheme : schemes) {
            double groupY = y;
            y += 20; // room for the scheme's name above its bars
            List<Bar> bars = new ArrayList<>();
            for (ProviderCount p : scheme.providers()) {
                String label = req.lang().pick(p.ownership().swedish(), p.ownership().english());
                bars.add(new Bar(label, p.count(), p.unitNoun(), css(p.ownership()), y,
                        max == 0 ? 0 : (double) MAX_BAR * p.count() / max));
                y += BAR_HEIGHT + BAR_GAP;
            }
            groups.add(new Group(req.lang().pick(scheme.name(), scheme.nameEn()), groupY, bars));
            y += GROUP_GAP - BAR_GAP;
        }
        return new CareChoiceChart(groups, (int) Math.ceil(y));
    }

    private static String css(Ownership o) {
        return o == Ownership.REGION_RUN ? "bar-own" : o == Ownership.PRIVATE ? "bar-private" : "bar-other";
    }

    public String groupY(Group g) {
        return String.format(Locale.ROOT, "%.1f", g.y() + 14);
    }
}
