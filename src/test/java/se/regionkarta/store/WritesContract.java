package se.regionkarta.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.regionkarta.SectionReaders;
import se.regionkarta.dataset.LoadResult;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.export.JsonExport;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.history.Change;
import se.regionkarta.input.BadInput;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.registry.model.ParentLink;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.InForce;
import se.regionkarta.snapshot.Snapshot;

/**
 * Issue 12, the store's part, on every database ({@link H2WritesTest}, {@link PostgresWritesTest}):
 * a load never erases and refuses to end much without being told to; writers are serialised,
 * version-checked and logged gap-free in commit order; the edit API; the data-file round trip.
 */
abstract class WritesContract {

    static final LoadResult BUNDLED = SectionReaders.loader().loadBundled();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    /** Returns the configuration of an empty database for one test. */
    abstract StoreConfig freshDatabase() throws Exception;

    @TempDir
    Path dir;

    Store store;
    StoreConfig config;

    @BeforeEach
    void open() throws Exception {
        config = freshDatabase();
        store = Store.open(config, CLOCK, SectionReaders.loader());
        store.load(BUNDLED.dataset(), BUNDLED::fileOf, "loader", "bundled", false);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    @DisplayName("a load of a directory holding only the sources is refused and stores nothing (issue 12)")
    void loadOfSourcesOnlyIsRefused() {
        String before = export(store);
        long generation = store.generation();

        assertThatThrownBy(() -> store.load(sourcesOnly(), f -> "sources.yaml", "loader", "only-sources", false))
                .isInstanceOfSatisfying(ClosingRefused.class, e -> {
                    assertThat(e.ending()).isGreaterThan(25);
                    assertThat(e.limit()).isEqualTo(25);
                    assertThat(e.getMessage()).contains("of the registry's " + BUNDLED.dataset().size() + " facts");
                });

        assertThat(store.generation()).isEqualTo(generation);
        assertThat(export(store)).isEqualTo(before);
    }

    @Test
    @DisplayName("told to, a load closes dated facts on its day and withdraws the others; nothing is erased, "
            + "the feed says why, yesterday reads as before, and the facts reopen when given again")
    void loadClosesWithdrawsAndReopens() {
        long last = store.generation();
        Unit hsf = unit("kalmar.hsf");

        SyncReport report = store.load(sourcesOnly(), f -> "sources.yaml", "loader", "only-sources", true);

        assertThat(report.closed()).isPositive();
        assertThat(report.withdrawn()).isPositive();
        assertThat(report.inserted() + report.updated()).isZero();
        assertThat(rows()).isEqualTo(BUNDLED.dataset().size());
        Dataset now = store.read();
        Unit closed = now.all(Unit.class).stream().filter(u -> u.id().equals("kalmar.hsf")).findFirst().orElseThrow();
        assertThat(closed.validity().until().lastDay()).isEqualTo(TODAY);
        assertThat(InForce.on(now, TODAY.minusDays(1)).all(Unit.class)).extracting(Unit::id).contains("kalmar.hsf");
        assertThat(closed.withParents(hsf.parents())).isEqualTo(new Unit(hsf.id(), hsf.name(), hsf.nameEn(), hsf.formerNames(),
                hsf.kind(), hsf.parents(), closed.validity(), hsf.ownership(), hsf.location(), hsf.identifiers(),
                hsf.description(), hsf.descriptionEn(), hsf.note(), hsf.sources()));
        assertThat(InForce.on(now, TODAY.plusDays(1)).all(Unit.class)).isEmpty();
        List<Change> feed = store.changes(null, last, 10_000);
        assertThat(feed).extracting(Change::action).contains("close", "withdraw").doesNotContain("delete");
        assertThat(feed).filteredOn(c -> c.id().equals("kalmar.hsf")).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo("close");
            assertThat(c.comment()).isEqualTo("not in only-sources");
        });

        SyncReport again = store.load(BUNDLED.dataset(), BUNDLED::fileOf, "loader", "bundled", false);

        // a fact that had ended by its own dates was closed without a change to its record; given again as it
        // is stored, it stays closed, so that loading an exported directory changes nothing
        assertThat(again.reopened()).isGreaterThan(report.withdrawn()).isLessThanOrEqualTo(report.closed() + report.withdrawn());
        assertThat(store.read()).isEqualTo(BUNDLED.dataset());
        assertThat(store.load(BUNDLED.dataset(), BUNDLED::fileOf, "loader", "bundled", false).changedAnything()).isFalse();
    }

    @Test
    @DisplayName("two loads at once leave the store equal to one of them, whole, and the log gap-free, 3 times over")
    void concurrentLoadsAreSerialised() throws Exception {
        Dataset a = BUNDLED.dataset().with(Unit.class, BUNDLED.dataset().all(Unit.class).stream()
                .map(u -> u.withName(u.name() + " (A)")).toList());
        Dataset b = BUNDLED.dataset().with(KeyFigure.class, BUNDLED.dataset().all(KeyFigure.class).stream()
                .map(f -> new KeyFigure(f.id(), f.unitId(), f.metricId(), f.value(), f.upperValue(), f.qualifier(), f.period(),
                        f.asOf(), f.partOf(), f.category(), f.preferred(), f.reason(), "B", f.sources())).toList());
        for (int r = 0; r < 3; r++) {
            int round = r;
            try (Store first = Store.open(config, CLOCK); Store second = Store.open(config, CLOCK)) {
                ExecutorService pool = Executors.newFixedThreadPool(2);
                CountDownLatch go = new CountDownLatch(1);
                Future<SyncReport> fa = pool.submit(() -> {
                    go.await();
                    return first.load(a, BUNDLED::fileOf, "a" + round, "A", false);
                });
                Future<SyncReport> fb = pool.submit(() -> {
                    go.await();
                    return second.load(b, BUNDLED::fileOf, "b" + round, "B", false);
                });
                go.countDown();
                fa.get();
                fb.get();
                pool.shutdown();
            }
            Dataset now = store.read();
            assertThat(now.equals(a) || now.equals(b)).as("round %d: the store equals A or B", round).isTrue();
            assertGapFree();
            assertUninterleaved();
        }
    }

    @Test
    @DisplayName("many writers at once: every change numbered 1, 2, 3 … without a gap, each write's changes together")
    void concurrentEditsAreGapFree() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> done = new ArrayList<>();
        List<Unit> units = BUNDLED.dataset().all(Unit.class).subList(0, 4);
        CountDownLatch go = new CountDownLatch(1);
        for (Unit u : units) {
            done.add(pool.submit(() -> {
                go.await();
                int stale = 0;
                for (int i = 0; i < 5; i++) {
                    try {
                        store.write(List.of(Edit.put(u.withName(u.name() + " " + i), store.version(FactKind.UNIT, u.id()))),
                                new Why("editor-" + u.id(), "kalmar-deck", null, null));
                    } catch (StaleWrite e) {
                        stale++;
                    }
                }
                return stale;
            }));
        }
        go.countDown();
        for (Future<Integer> f : done) {
            assertThat(f.get()).isZero(); // each thread edits its own unit: no one else moves its version
        }
        pool.shutdown();

        assertGapFree();
        assertThat(store.changes(null, 0, 100_000)).filteredOn(c -> c.actor().startsWith("editor-")).hasSize(20);
    }

    @Test
    @DisplayName("a write with a stale version throws StaleWrite naming the fact and its version, and stores nothing")
    void staleWrite() {
        Unit hsf = unit("kalmar.hsf");
        int version = store.version(FactKind.UNIT, "kalmar.hsf");
        store.write(List.of(Edit.put(hsf.withName("Först"), version)), new Why("anna", "kalmar-deck", null, null));
        String before = export(store);
        long generation = store.generation();

        assertThatThrownBy(() -> store.write(List.of(Edit.put(hsf.withName("Sist"), version)),
                new Why("bertil", "kalmar-deck", null, null)))
                .isInstanceOfSatisfying(StaleWrite.class, e -> {
                    assertThat(e.kind()).isEqualTo(FactKind.UNIT);
                    assertThat(e.id()).isEqualTo("kalmar.hsf");
                    assertThat(e.currentVersion()).isEqualTo(version + 1);
                });
        assertThatThrownBy(() -> store.write(List.of(Edit.put(hsf, 0)), new Why("c", "kalmar-deck", null, null)))
                .isInstanceOf(StaleWrite.class);

        assertThat(store.generation()).isEqualTo(generation);
        assertThat(export(store)).isEqualTo(before);
    }

    @Test
    @DisplayName("a write that would break a rule of the data files throws BadInput with the fact and field, and stores nothing")
    void invalidWrite() {
        Unit hsf = unit("kalmar.hsf");
        Unit orphan = hsf.withParents(List.of(new ParentLink("no-such-unit", hsf.parents().get(0).validity())));
        String before = export(store);
        long generation = store.generation();

        assertThatThrownBy(() -> store.write(List.of(Edit.put(orphan, store.version(FactKind.UNIT, "kalmar.hsf"))),
                new Why("anna", "kalmar-deck", null, null)))
                .isInstanceOfSatisfying(BadInput.class, e -> assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("units:kalmar.hsf");
                    assertThat(p.field()).isEqualTo("parent");
                    assertThat(p.message()).contains("no-such-unit");
                }));
        assertThatThrownBy(() -> store.write(List.of(Edit.put(hsf.withName("X"), store.version(FactKind.UNIT, "kalmar.hsf"))),
                new Why("anna", "no-such-source", null, null)))
                .isInstanceOfSatisfying(BadInput.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.field()).isEqualTo("sourceId")));

        assertThat(store.generation()).isEqualTo(generation);
        assertThat(export(store)).isEqualTo(before);
    }

    @Test
    @DisplayName("a write inserts with a new source, changes and closes; each change carries its why, "
            + "the contents carry each version, and a revert writes the fact back and says what it reverts")
    void writeCloseRevertAndAudit() {
        Source source = new Source("beslut-2026-12", "Beslut om ny organisation", "Region Kalmar län",
                "https://example.se/beslut", se.regionkarta.provenance.model.SourceKind.OWN_PUBLICATION,
                se.regionkarta.provenance.model.PartialDate.parse("2026-12-01"), null, null);
        Unit hsf = unit("kalmar.hsf");
        int version = store.version(FactKind.UNIT, "kalmar.hsf");

        Written renamed = store.write(List.of(Edit.put(source, 0), Edit.put(hsf.withName("Nytt namn"), version)),
                new Why("anna", "beslut-2026-12", "nytt namn enligt beslut", null));

        assertThat(renamed.seqs()).hasSize(2);
        assertThat(renamed.generation()).isEqualTo(store.generation()).isEqualTo(renamed.seqs().get(1));
        assertThat(store.version(FactKind.UNIT, "kalmar.hsf")).isEqualTo(version + 1);
        assertThat(store.contents().version(FactKind.UNIT, "kalmar.hsf")).isEqualTo(version + 1);
        assertThat(store.contents().version(FactKind.SOURCE, "beslut-2026-12")).isEqualTo(1);
        Change change = store.latest("units", "kalmar.hsf").orElseThrow();
        assertThat(change.sourceId()).isEqualTo("beslut-2026-12");
        assertThat(change.comment()).isEqualTo("nytt namn enligt beslut");
        assertThat(change.actor()).isEqualTo("anna");

        Written reverted = store.revert(renamed.seqs().get(1), "bertil", "fel beslut");

        assertThat(unit("kalmar.hsf")).isEqualTo(hsf);
        assertThat(store.audit(FactKind.UNIT, "kalmar.hsf", 10)).extracting(e -> e.change().seq())
                .startsWith(reverted.seqs().get(0), renamed.seqs().get(1));
        assertThat(store.audit(FactKind.UNIT, "kalmar.hsf", 1)).singleElement().satisfies(e -> {
            assertThat(e.change().reverts()).isEqualTo(renamed.seqs().get(1));
            assertThat(e.before()).contains("Nytt namn");
            assertThat(e.after()).doesNotContain("Nytt namn");
        });
        assertThat(store.auditOfRegion("kalmar", 5)).first().satisfies(e -> assertThat(e.change().actor()).isEqualTo("bertil"));

        LocalDate day = LocalDate.of(2026, 12, 31);
        String bus = "kalmar.tandvardsbuss"; // a unit without units under it: closing it leaves none orphaned
        store.write(List.of(Edit.close(FactKind.UNIT, bus, store.version(FactKind.UNIT, bus), day)),
                new Why("anna", "beslut-2026-12", null, null));

        assertThat(unit(bus).validity().until().lastDay()).isEqualTo(day);
        assertThat(unit(bus).parents()).allSatisfy(p -> assertThat(p.validity().until().lastDay()).isEqualTo(day));
        assertThat(store.latest("units", bus).orElseThrow().action()).isEqualTo("close");
        assertThatThrownBy(() -> store.write(List.of(Edit.close(FactKind.UNIT, "kalmar.hsf",
                store.version(FactKind.UNIT, "kalmar.hsf"), day)), new Why("anna", "beslut-2026-12", null, null)))
                .as("closing a unit with units under it").isInstanceOf(BadInput.class);
    }

    @Test
    @DisplayName("the registry written as data files loads into an empty store as the same registry (issue 12, item 9)")
    void dataFilesRoundTrip() throws Exception {
        Unit hsf = unit("kalmar.hsf");
        store.write(List.of(Edit.put(hsf.withName("Nytt namn"), store.version(FactKind.UNIT, "kalmar.hsf"))),
                new Why("anna", "kalmar-deck", null, null));
        for (Map.Entry<String, String> file : store.dataFiles().entrySet()) {
            Path path = dir.resolve("out").resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }

        LoadResult back = SectionReaders.loader().load(dir.resolve("out"));
        assertThat(back.problems()).isEmpty();
        try (Store fresh = Store.open(StoreConfig.embedded(dir.resolve("fresh")), CLOCK)) {
            fresh.load(back.dataset(), back::fileOf, "loader", "out", false);

            assertThat(fresh.read()).isEqualTo(store.read());
            assertThat(export(fresh)).isEqualTo(export(store));
        }
    }

    private void assertGapFree() {
        List<Change> all = store.changes(null, 0, 1_000_000);
        for (int i = 0; i < all.size(); i++) {
            assertThat(all.get(i).seq()).as("change %d", i).isEqualTo(i + 1L);
        }
    }

    /** Each load has an actor of its own: its changes are one run, never broken by another writer's. */
    private void assertUninterleaved() {
        List<String> runs = new ArrayList<>();
        for (Change c : store.changes(null, 0, 1_000_000)) {
            String writer = c.actor();
            if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(writer)) {
                runs.add(writer);
            }
        }
        assertThat(runs).doesNotHaveDuplicates();
    }

    private Dataset sourcesOnly() {
        return new Dataset.Builder().addAll(BUNDLED.dataset().all(Source.class)).build();
    }

    private Unit unit(String id) {
        return store.read().all(Unit.class).stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
    }

    private long rows() {
        return org.jdbi.v3.core.Jdbi.create(config.jdbcUrl(), config.user(), config.password())
                .withHandle(h -> h.createQuery("select count(*) from fact").mapTo(Long.class).one());
    }

    static String export(Store store) {
        StringWriter out = new StringWriter();
        try {
            new JsonExport().write(new Snapshot(store.read()), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
