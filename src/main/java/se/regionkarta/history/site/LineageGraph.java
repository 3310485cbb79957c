package se.regionkarta.history.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.regionkarta.cli.Labels;
import se.regionkarta.history.model.ChangeEvent;
import se.regionkarta.history.model.Lineage;


/**
 * A unit's lineage drawn left to right: predecessors → event → the unit → event → successors, one
 * column per step (a predecessor of a predecessor stands further left). A pure layout: the page
 * draws the boxes and arrows as inline SVG with a title and a description, and lists the same
 * links as text beside it, so the drawing is never the only way to read them.
 *
 * @param width the drawing's width in SVG units
 * @param height the drawing's height in SVG units
 */
public record LineageGraph(List<Node> nodes, List<Edge> edges, int width, int height) {

    static final int UNIT_WIDTH = 236;
    static final int EVENT_WIDTH = 150;
    static final int COLUMN_GAP = 44;
    static final int ROW_HEIGHT = 48;
    static final int ROW_GAP = 18;
    /** Room around the boxes, so that the thick outline of the unit's own box is not cut off. */
    static final int PAD = 4;
    /** Longer names are cut in the drawing (the list beside it has them whole). */
    static final int MAX_CHARS = 32;

    /**
     * One box: a unit or an event.
     *
     * @param lines the text in the box, one or two lines
     * @param css {@code lineage-self}, {@code lineage-unit} or {@code lineage-event}
     */
    public record Node(String key, double x, double y, double w, List<String> lines, String css) {

        public String xText() {
            return fmt(x);
        }

        public String yText() {
            return fmt(y);
        }

        public String wText() {
            return fmt(w);
        }

        public String textX() {
            return fmt(x + w / 2);
        }

        /** Returns the baseline of a line of text, the lines centred in the box. */
        public String lineY(int index) {
            double first = y + ROW_HEIGHT / 2.0 + 5 - (lines.size() - 1) * 8;
            return fmt(first + index * 16);
        }
    }

    /** An arrow from the right edge of one box to the left edge of another. */
    public record Edge(double x1, double y1, double x2, double y2) {

        public String path() {
            double mid = (x1 + x2) / 2;
            return "M" + fmt(x1) + " " + fmt(y1) + " C" + fmt(mid) + " " + fmt(y1) + " " + fmt(mid) + " " + fmt(y2) + " "
                    + fmt(x2 - 6) + " " + fmt(y2);
        }
    }

    /** How a unit and an event are written in the boxes. */
    interface Labels {
        String unit(String unitId, ChangeEvent around, boolean before);

        String kind(ChangeEvent e);

        String date(ChangeEvent e);
    }

    /** Lays out a lineage; returns null when the unit has neither predecessors nor successors. */
    static LineageGraph of(Lineage lineage, String selfName, Labels labels) {
        if (lineage.predecessors().isEmpty() && lineage.successors().isEmpty()) {
            return null;
        }
        Map<Integer, List<Draft>> columns = new LinkedHashMap<>();
        Map<String, Draft> byKey = new LinkedHashMap<>();
        List<String[]> links = new ArrayList<>();
        place(columns, byKey, new Draft("u:" + lineage.unitId(), 0, List.of(cut(selfName)), "lineage-self"));
        for (Lineage.Step s : lineage.predecessors()) {
            String event = "e:" + s.event().id() + ":back";
            place(columns, byKey, eventDraft(event, -(2 * s.depth() - 1), s.event(), labels));
            place(columns, byKey, new Draft("u:" + s.from(), -2 * s.depth(), List.of(cut(labels.unit(s.from(), s.event(), true))),
                    "lineage-unit"));
            links.add(new String[] {"u:" + s.from(), event});
            links.add(new String[] {event, "u:" + s.to()});
        }
        for (Lineage.Step s : lineage.successors()) {
            String event = "e:" + s.event().id() + ":forth";
            place(columns, byKey, eventDraft(event, 2 * s.depth() - 1, s.event(), labels));
            place(columns, byKey, new Draft("u:" + s.to(), 2 * s.depth(), List.of(cut(labels.unit(s.to(), s.event(), false))),
                    "lineage-unit"));
            links.add(new String[] {"u:" + s.from(), event});
            links.add(new String[] {event, "u:" + s.to()});
        }
        return layout(columns, byKey, links);
    }

    private static Draft eventDraft(String key, int column, ChangeEvent e, Labels labels) {
        return new Draft(key, column, List.of(labels.kind(e), labels.date(e)), "lineage-event");
    }

    private static void place(Map<Integer, List<Draft>> columns, Map<String, Draft> byKey, Draft d) {
        if (byKey.putIfAbsent(d.key, d) == null) {
            columns.computeIfAbsent(d.column, k -> new ArrayList<>()).add(d);
        }
    }

    private static LineageGraph layout(Map<Integer, List<Draft>> columns, Map<String, Draft> byKey, List<String[]> links) {
        int min = columns.keySet().stream().min(Integer::compare).orElse(0);
        int max = columns.keySet().stream().max(Integer::compare).orElse(0);
        int rows = columns.values().stream().mapToInt(List::size).max().orElse(1);
        double height = rows * ROW_HEIGHT + (rows - 1) * ROW_GAP;
        double x = PAD;
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (int c = min; c <= max; c++) {
            List<Draft> column = columns.getOrDefault(c, List.of());
            double w = c % 2 == 0 ? UNIT_WIDTH : EVENT_WIDTH;
            double top = PAD + (height - (column.size() * ROW_HEIGHT + (column.size() - 1) * ROW_GAP)) / 2;
            for (int i = 0; i < column.size(); i++) {
                Draft d = column.get(i);
                nodes.put(d.key, new Node(d.key, x, top + i * (ROW_HEIGHT + ROW_GAP), w, d.lines, d.css));
            }
            x += w + COLUMN_GAP;
        }
        List<Edge> edges = new ArrayList<>();
        for (String[] link : links) {
            Node a = nodes.get(link[0]);
            Node b = nodes.get(link[1]);
            if (a != null && b != null && byKey.containsKey(link[0])) {
                edges.add(new Edge(a.x() + a.w(), a.y() + ROW_HEIGHT / 2.0, b.x(), b.y() + ROW_HEIGHT / 2.0));
            }
        }
        return new LineageGraph(List.copyOf(nodes.values()), edges, (int) Math.ceil(x - COLUMN_GAP + PAD),
                (int) Math.ceil(height + 2 * PAD));
    }

    static String cut(String text) {
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS - 1).strip() + "…";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A box before it has a place. */
    private record Draft(String key, int column, List<String> lines, String css) {
    }
}
