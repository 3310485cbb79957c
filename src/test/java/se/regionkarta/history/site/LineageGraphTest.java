package se.regionkarta.history.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.history.model.ChangeEvent;
import se.regionkarta.history.model.ChangeKind;
import se.regionkarta.history.model.Lineage;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.provenance.model.SourceRef;


/** The lineage drawing's layout: predecessors left of their event, the unit in the middle, successors right. */
class LineageGraphTest {

    static final LineageGraph.Labels LABELS = new LineageGraph.Labels() {
        @Override
        public String unit(String unitId, ChangeEvent around, boolean before) {
            return unitId.toUpperCase();
        }

        @Override
        public String kind(ChangeEvent e) {
            return e.kind().swedish();
        }

        @Override
        public String date(ChangeEvent e) {
            return e.date().toString();
        }
    };

    static ChangeEvent event(String id, ChangeKind kind, List<String> originals, List<String> results) {
        return new ChangeEvent(id, kind, PartialDate.parse("2019-01-01"), null, null, originals, results, null, null, null, null,
                List.of(SourceRef.of("s")));
    }

    @Test
    @DisplayName("a merger draws both originals in one column, one event box, and the unit to its right")
    void merger() {
        ChangeEvent merger = event("m", ChangeKind.MERGER, List.of("a", "b"), List.of("c"));
        Lineage lineage = new Lineage("c", List.of(new Lineage.Step(merger, "a", "c", 1), new Lineage.Step(merger, "b", "c", 1)),
                List.of(), List.of());

        LineageGraph g = LineageGraph.of(lineage, "Region C", LABELS);

        assertThat(g.nodes()).extracting(LineageGraph.Node::key).containsExactlyInAnyOrder("u:a", "u:b", "e:m:back", "u:c");
        LineageGraph.Node a = node(g, "u:a");
        LineageGraph.Node b = node(g, "u:b");
        LineageGraph.Node e = node(g, "e:m:back");
        LineageGraph.Node c = node(g, "u:c");
        assertThat(a.x()).isEqualTo(b.x()).isLessThan(e.x());
        assertThat(e.x()).isLessThan(c.x());
        assertThat(a.y()).isLessThan(b.y());
        assertThat(g.edges()).hasSize(4);
        assertThat(g.width()).isEqualTo((int) Math.ceil(c.x() + c.w() + LineageGraph.PAD));
    }

    @Test
    @DisplayName("a predecessor's predecessor stands further left, a successor right; no lineage draws nothing")
    void depth() {
        ChangeEvent first = event("e1", ChangeKind.TRANSFER, List.of("x"), List.of("y"));
        ChangeEvent second = event("e2", ChangeKind.TRANSFER, List.of("y"), List.of("z"));
        ChangeEvent later = event("e3", ChangeKind.SPLIT, List.of("z"), List.of("p", "q"));
        Lineage lineage = new Lineage("z", List.of(new Lineage.Step(second, "y", "z", 1), new Lineage.Step(first, "x", "y", 2)),
                List.of(new Lineage.Step(later, "z", "p", 1), new Lineage.Step(later, "z", "q", 1)), List.of());

        LineageGraph g = LineageGraph.of(lineage, "Z", LABELS);

        assertThat(node(g, "u:x").x()).isLessThan(node(g, "e:e1:back").x());
        assertThat(node(g, "e:e1:back").x()).isLessThan(node(g, "u:y").x());
        assertThat(node(g, "u:z").x()).isLessThan(node(g, "e:e3:forth").x());
        assertThat(node(g, "u:p").x()).isEqualTo(node(g, "u:q").x()).isGreaterThan(node(g, "e:e3:forth").x());
        assertThat(LineageGraph.of(new Lineage("z", List.of(), List.of(), List.of()), "Z", LABELS)).isNull();
        assertThat(LineageGraph.cut("x".repeat(40))).hasSize(LineageGraph.MAX_CHARS).endsWith("…");
    }

    private static LineageGraph.Node node(LineageGraph g, String key) {
        return g.nodes().stream().filter(n -> n.key().equals(key)).findFirst().orElseThrow();
    }
}
