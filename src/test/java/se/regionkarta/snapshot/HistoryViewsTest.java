package se.regionkarta.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.figures.FigureQueries;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.figures.model.Period;
import se.regionkarta.history.HistoryQueries;
import se.regionkarta.history.model.ChangeEvent;
import se.regionkarta.history.model.ChangeKind;
import se.regionkarta.politics.model.SeatCount;
import se.regionkarta.politics.model.Term;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;
import se.regionkarta.registry.model.FormerName;
import se.regionkarta.registry.model.Identifier;
import se.regionkarta.registry.model.NamePeriod;
import se.regionkarta.registry.model.ParentLink;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.registry.model.UnitKind;

/**
 * What the views of history rest on (issue 5): predecessors' figures, events of a region, names
 * over time, and what is in force on a day. Given a small history: the county councils A and B
 * merge into the region C on 2019-01-01; C's administration D is renamed on 2021-01-01 and split
 * into E and F on 2023-01-01.
 */
class HistoryViewsTest {

    static final List<SourceRef> CITED = List.of(SourceRef.of("s"));
    static final Dataset HISTORY = history();

    static Dataset history() {
        List<Unit> units = List.of(
                top("a", "Landstinget A", UnitKind.COUNTY_COUNCIL, null, "2018-12-31"),
                top("b", "Regionförbundet B", UnitKind.REGIONAL_ASSOCIATION, null, "2018-12-31"),
                top("c", "Region C", UnitKind.REGION, "2019-01-01", null),
                new Unit("d", "Förvaltning D", null, List.of(new FormerName("Gamla D", Validity.between(null, LocalDate.of(2020, 12, 31)))),
                        UnitKind.ADMINISTRATION, List.of(new ParentLink("c", new Validity(PartialDate.parse("2019-01-01"),
                                PartialDate.parse("2022-12-31")))), new Validity(PartialDate.parse("2019-01-01"), PartialDate.parse("2022-12-31")),
                        null, null, List.of(), null, null, null, CITED),
                child("e", "Förvaltning E", "c", "2023-01-01"),
                child("f", "Förvaltning F", "c", "2023-01-01"));
        List<ChangeEvent> events = List.of(
                event("merger", ChangeKind.MERGER, "2019-01-01", List.of("a", "b"), List.of("c"), null, null),
                event("rename", ChangeKind.RENAME, "2021-01-01", List.of("d"), List.of("d"), null, "Förvaltning D"),
                event("split", ChangeKind.SPLIT, "2023-01-01", List.of("d"), List.of("e", "f"), "c", null));
        List<KeyFigure> figures = List.of(figure("a.employees", "a", 2017, 100), figure("b.employees", "b", 2017, 20),
                figure("d.employees", "d", 2022, 80), figure("e.employees", "e", 2024, 50), figure("c.undated", "c", null, 7));
        return new Dataset.Builder()
                .add(new se.regionkarta.provenance.model.Source("s", "Källa", null, null,
                        se.regionkarta.provenance.model.SourceKind.OWN_PUBLICATION, null, null, null))
                .addAll(units).addAll(events).addAll(figures)
                .addAll(List.of(new Term("2018-2022", LocalDate.of(2018, 10, 15), LocalDate.of(2022, 10, 14), CITED),
                        new Term("2022-2026", LocalDate.of(2022, 10, 15), LocalDate.of(2026, 10, 14), CITED)))
                .addAll(List.of(new SeatCount("c.rf", "2018-2022", "S", 30, CITED),
                        new SeatCount("c.rf", "2022-2026", "S", 28, CITED)))
                .build();
    }

    @Test
    @DisplayName("a unit's predecessors' figures come transitively, nearest first, each with the step that links them")
    void predecessorFigures() {
        Snapshot s = new Snapshot(HISTORY);

        List<se.regionkarta.history.model.Lineage.PredecessorFigure> figures = HistoryQueries.of(s).predecessorFigures("e");

        assertThat(figures).extracting(f -> f.figure().id()).containsExactly("d.employees");
        assertThat(figures.get(0).step().event().id()).isEqualTo("split");
        assertThat(HistoryQueries.of(s).predecessorFigures("c")).extracting(f -> f.figure().id() + "@" + f.step().depth())
                .containsExactly("a.employees@1", "b.employees@1");
    }

    @Test
    @DisplayName("predecessors' figures are never added into the unit's own: the merged region keeps only its own figures")
    void neverAdded() {
        Snapshot s = new Snapshot(HISTORY);

        assertThat(FigureQueries.of(s).of("c")).extracting(KeyFigure::id).containsExactly("c.undated");
        assertThat(FigureQueries.of(s).of("e", LocalDate.of(2025, 1, 1))).extracting(KeyFigure::value)
                .containsExactly(BigDecimal.valueOf(50));
    }

    @Test
    @DisplayName("a region's events include those of its predecessors and of units that were in it on the day")
    void eventsOfRegion() {
        Snapshot s = new Snapshot(HISTORY);

        assertThat(HistoryQueries.of(s).eventsOfRegion("c")).extracting(ChangeEvent::id).containsExactly("merger", "rename", "split");
        assertThat(HistoryQueries.of(s).eventsOfRegion("a")).extracting(ChangeEvent::id).containsExactly("merger", "rename", "split");
    }

    @Test
    @DisplayName("a unit's names over time are its former names, then its current one from the day after")
    void names() {
        Unit d = new Snapshot(HISTORY).unit("d").orElseThrow();

        assertThat(NamePeriod.of(d)).containsExactly(
                new NamePeriod("Gamla D", Validity.between(null, LocalDate.of(2020, 12, 31))),
                new NamePeriod("Förvaltning D", new Validity(PartialDate.parse("2021-01-01"), PartialDate.parse("2022-12-31"))));
        assertThat(NamePeriod.next(PartialDate.parse("2020"))).isEqualTo(PartialDate.parse("2021"));
        assertThat(NamePeriod.next(PartialDate.parse("2020-12"))).isEqualTo(PartialDate.parse("2021-01"));
    }

    @Test
    @DisplayName("a unit is found by a name it had before, and listed under the name it had on the day")
    void formerNameFindsAndSorts() {
        Snapshot s = new Snapshot(HISTORY);

        assertThat(s.findUnits("gamla d")).extracting(Unit::id).containsExactly("d");
        assertThat(s.children("c", LocalDate.of(2020, 6, 1))).extracting(u -> u.nameOn(LocalDate.of(2020, 6, 1)))
                .containsExactly("Gamla D");
    }

    @Test
    @DisplayName("children are in order of the names they had on the day: a rename moves a unit in the list")
    void childrenInOrderOfTheDaysNames() {
        Validity always = Validity.ALWAYS;
        Unit renamed = new Unit("x", "Bokstav B", null, List.of(new FormerName("Öster", Validity.between(null, LocalDate.of(2020, 12, 31)))),
                UnitKind.DIVISION, List.of(new ParentLink("c", always)), always, null, null, List.of(), null, null, null, CITED);
        Unit middle = new Unit("y", "Mitten", null, List.of(), UnitKind.DIVISION, List.of(new ParentLink("c", always)), always,
                null, null, List.of(), null, null, null, CITED);
        Unit first = new Unit("z", "Alfa", null, List.of(), UnitKind.DIVISION, List.of(new ParentLink("c", always)), always,
                null, null, List.of(), null, null, null, CITED);
        Snapshot s = new Snapshot(new Dataset.Builder().addAll(List.of(
                top("c", "Region C", UnitKind.REGION, null, null), renamed, middle, first)).build());

        assertThat(s.children("c", LocalDate.of(2020, 6, 1))).extracting(Unit::id).containsExactly("z", "y", "x");
        assertThat(s.children("c", LocalDate.of(2021, 6, 1))).extracting(Unit::id).containsExactly("z", "x", "y");
    }

    @Test
    @DisplayName("a figure of a later year or later date is not shown as of a day; an undated one always is")
    void figureRule() {
        KeyFigure y2024 = figure("x", "c", 2024, 1);
        KeyFigure undated = figure("y", "c", null, 1);

        assertThat(InForce.figure(y2024, LocalDate.of(2023, 12, 31))).isFalse();
        assertThat(InForce.figure(y2024, LocalDate.of(2024, 1, 1))).isTrue();
        assertThat(InForce.figure(undated, LocalDate.of(1990, 1, 1))).isTrue();
        KeyFigure dated = new KeyFigure("z", "c", "employees", BigDecimal.ONE, null, null, null, PartialDate.parse("2020-06"),
                null, null, false, null, null, CITED);
        assertThat(InForce.figure(dated, LocalDate.of(2020, 5, 31))).isFalse();
        assertThat(InForce.figure(dated, LocalDate.of(2020, 6, 1))).isTrue();
    }

    @Test
    @DisplayName("the dataset in force on a day keeps the units, seats, figures and events of that day, and reference data whole")
    void inForceOn() {
        Dataset in2020 = InForce.on(HISTORY, LocalDate.of(2020, 6, 1));

        assertThat(in2020.all(Unit.class)).extracting(Unit::id).containsExactly("c", "d");
        assertThat(in2020.all(Term.class)).extracting(Term::id).containsExactly("2018-2022");
        assertThat(in2020.all(SeatCount.class)).extracting(SeatCount::seats).containsExactly(30);
        assertThat(in2020.all(ChangeEvent.class)).extracting(ChangeEvent::id).containsExactly("merger");
        assertThat(in2020.all(KeyFigure.class)).extracting(KeyFigure::id).containsExactly("a.employees", "b.employees", "c.undated");
        assertThat(in2020.all(Source.class)).hasSize(1);
    }

    private static Unit top(String id, String name, UnitKind kind, String from, String until) {
        return new Unit(id, name, null, List.of(), kind, List.of(), new Validity(from == null ? null : PartialDate.parse(from),
                until == null ? null : PartialDate.parse(until)), null, null,
                List.of(new Identifier(Identifier.Scheme.COUNTY_CODE, "08")), null, null, null, CITED);
    }

    private static Unit child(String id, String name, String parent, String from) {
        Validity v = new Validity(PartialDate.parse(from), null);
        return new Unit(id, name, null, List.of(), UnitKind.ADMINISTRATION, List.of(new ParentLink(parent, v)), v, null, null,
                List.of(), null, null, null, CITED);
    }

    private static ChangeEvent event(String id, ChangeKind kind, String date, List<String> originals, List<String> results,
            String newParent, String newName) {
        return new ChangeEvent(id, kind, PartialDate.parse(date), null, null, new ArrayList<>(originals), new ArrayList<>(results),
                newParent, newName, null, null, CITED);
    }

    private static KeyFigure figure(String id, String unit, Integer year, int value) {
        return new KeyFigure(id, unit, "employees", BigDecimal.valueOf(value), null, null,
                year == null ? null : new Period(null, year), null, null, null, false, null, null, CITED);
    }
}
