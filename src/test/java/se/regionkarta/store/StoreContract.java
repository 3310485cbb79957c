package se.regionkarta.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.dataset.LoadResult;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.registry.model.Unit;

/**
 * What every store must do, run against each database over a real connection: H2 in a file and a
 * real PostgreSQL server ({@link H2StoreTest}, {@link PostgresStoreTest}).
 */
abstract class StoreContract {

    static final Dataset BUNDLED = loadBundled();

    /** Returns the configuration of an empty database for one test. */
    abstract StoreConfig freshDatabase() throws Exception;

    Store store;
    StoreConfig config;

    @BeforeEach
    void openStore() throws Exception {
        config = freshDatabase();
        store = Store.open(config, Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));
    }

    @org.junit.jupiter.api.AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    @DisplayName("a new store is empty and has its schema")
    void newStoreIsEmpty() {
        assertThat(store.isEmpty()).isTrue();
        assertThat(store.read().size()).isZero();
    }

    @Test
    @DisplayName("the bundled data set reads back exactly as it was loaded, kind by kind and in order")
    void roundTrip() {
        SyncReport report = store.sync(BUNDLED, "test", "bundled");

        assertThat(report.inserted()).isEqualTo(BUNDLED.size());
        Dataset back = store.read();
        for (FactKind kind : FactKind.values()) {
            assertThat(back.all(kind)).as(kind.section()).containsExactlyElementsOf(cast(BUNDLED.all(kind)));
        }
        assertThat(back).isEqualTo(BUNDLED);
    }

    @Test
    @DisplayName("loading the same data set twice changes nothing: no row, no version, no log entry")
    void loadingTwiceChangesNothing() {
        store.sync(BUNDLED, "test", "bundled");
        Map<String, Object> before = fingerprint();

        SyncReport second = store.sync(BUNDLED, "test", "bundled");

        assertThat(second.changedAnything()).isFalse();
        assertThat(second.unchanged()).isEqualTo(BUNDLED.size());
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    @DisplayName("a changed fact is updated, a missing undated one withdrawn, and each change is logged with its before and after")
    void changesAreAppliedAndLogged() {
        store.sync(BUNDLED, "test", "bundled");
        long logged = store.changeCount();
        var units = BUNDLED.all(Unit.class);
        var renamed = units.get(0);
        var changedUnit = new se.regionkarta.registry.model.Unit(renamed.id(), renamed.name() + " (ändrad)", renamed.nameEn(),
                renamed.formerNames(), renamed.kind(), renamed.parents(), renamed.validity(), renamed.ownership(), renamed.location(),
                renamed.identifiers(), renamed.description(), renamed.descriptionEn(), renamed.note(), renamed.sources());
        var lastFigure = BUNDLED.all(KeyFigure.class).get(BUNDLED.all(KeyFigure.class).size() - 1);
        Dataset changed = replaceUnitsAndFigures(BUNDLED,
                units.stream().map(u -> u.id().equals(renamed.id()) ? changedUnit : u).toList(),
                BUNDLED.all(KeyFigure.class).stream().filter(f -> f != lastFigure).toList());

        SyncReport report = store.sync(changed, "editor", "test edit");

        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.withdrawn()).isEqualTo(1);
        assertThat(report.inserted()).isZero();
        assertThat(store.read()).isEqualTo(changed);
        assertThat(store.changeCount()).isEqualTo(logged + 2);
        Jdbi jdbi = Jdbi.create(config.jdbcUrl(), config.user(), config.password());
        List<Map<String, Object>> log = jdbi.withHandle(h -> h.createQuery(
                "select actor, action, kind, id, before_doc, after_doc from change_log where actor = 'editor' order by seq")
                .mapToMap().list());
        assertThat(log).extracting(m -> m.get("action")).containsExactlyInAnyOrder("update", "withdraw");
        Map<String, Object> update = log.stream().filter(m -> m.get("action").equals("update")).findFirst().orElseThrow();
        assertThat((String) update.get("before_doc")).contains(renamed.name()).doesNotContain("(ändrad)");
        assertThat((String) update.get("after_doc")).contains("(ändrad)");
        int version = jdbi.withHandle(h -> h.createQuery("select version from fact where kind = 'units' and id = :id")
                .bind("id", renamed.id()).mapTo(Integer.class).one());
        assertThat(version).isEqualTo(2);
    }

    @Test
    @DisplayName("facts keep their region, validity, sources and parent links as queryable rows")
    void queryableColumns() {
        store.sync(BUNDLED, "test", "bundled");
        Jdbi jdbi = Jdbi.create(config.jdbcUrl(), config.user(), config.password());

        String region = jdbi.withHandle(h -> h.createQuery("select region_id from fact where kind = 'units' and id = 'kalmar.hsf'")
                .mapTo(String.class).one());
        java.time.LocalDate from = jdbi.withHandle(h -> h.createQuery("select valid_from from fact where kind = 'units' and id = 'kalmar'")
                .mapTo(java.time.LocalDate.class).one());
        List<String> resting = jdbi.withHandle(h -> h.createQuery(
                "select distinct kind from fact_source where source_id = 'kalmar-deck' order by kind").mapTo(String.class).list());
        List<String> hospitals = jdbi.withHandle(h -> h.createQuery(
                "select p.unit_id from unit_parent p join fact f on f.kind = 'units' and f.id = p.unit_id "
                        + "where p.parent_id = 'kalmar.hsf' and f.doc like '%HOSPITAL%' order by p.unit_id")
                .mapTo(String.class).list());

        assertThat(region).isEqualTo("kalmar");
        assertThat(from).isEqualTo(java.time.LocalDate.of(2019, 1, 1));
        assertThat(resting).contains("units", "figures", "seats", "appointments");
        assertThat(hospitals).hasSize(3);
    }

    @Test
    @DisplayName("a failing sync leaves what is stored as it was")
    void failedSyncChangesNothing() {
        store.sync(BUNDLED, "test", "bundled");
        Map<String, Object> before = fingerprint();
        String tooLong = "x".repeat(400); // longer than the id column allows, so the insert fails mid-way
        var u = BUNDLED.all(Unit.class).get(1);
        var broken = new se.regionkarta.registry.model.Unit(tooLong, u.name(), u.nameEn(), u.formerNames(), u.kind(), List.of(),
                u.validity(), u.ownership(), u.location(), u.identifiers(), u.description(), u.descriptionEn(), u.note(),
                u.sources());
        var units = new java.util.ArrayList<>(BUNDLED.all(Unit.class).subList(2, BUNDLED.all(Unit.class).size()));
        units.add(broken);
        Dataset bad = replaceUnitsAndFigures(BUNDLED, units, BUNDLED.all(KeyFigure.class));

        assertThatThrownBy(() -> store.sync(bad, "test", "broken")).isInstanceOf(RuntimeException.class);

        assertThat(fingerprint()).isEqualTo(before);
        assertThat(store.read()).isEqualTo(BUNDLED);
    }

    @Test
    @DisplayName("the change feed lists every change in order and resumes after a sequence number or from a time")
    void changeFeed() {
        store.sync(BUNDLED, "loader", "bundled");
        var all = store.changes(null, 0, 100_000);
        var u = BUNDLED.all(Unit.class).get(3);
        Dataset edited = replaceUnitsAndFigures(BUNDLED, BUNDLED.all(Unit.class).stream()
                .map(x -> x == u ? x.withName(x.name() + " (ny)") : x).toList(), BUNDLED.all(KeyFigure.class));
        store.sync(edited, "editor", "edit");

        var after = store.changes(null, all.get(all.size() - 1).seq(), 100);

        assertThat(all).hasSize(BUNDLED.size());
        assertThat(all).extracting(se.regionkarta.history.Change::seq).isSorted();
        assertThat(all).allSatisfy(c -> assertThat(c.action()).isEqualTo("insert"));
        assertThat(after).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(u.id());
            assertThat(c.action()).isEqualTo("update");
            assertThat(c.actor()).isEqualTo("editor");
        });
        assertThat(store.changes(all.get(0).at(), 0, 5)).hasSize(5);
        assertThat(store.changes(all.get(0).at().plusYears(1), 0, 5)).isEmpty();
        assertThat(store.latest("units", u.id())).hasValueSatisfying(c -> assertThat(c.actor()).isEqualTo("editor"));
        assertThat(store.latest("units", BUNDLED.all(Unit.class).get(0).id())).hasValueSatisfying(c -> assertThat(c.actor()).isEqualTo("loader"));
    }

    @Test
    @DisplayName("the change signal moves with every change and stands still when a load changes nothing (issue 11)")
    void changeSignal() {
        long empty = store.generation();
        store.sync(BUNDLED, "loader", "bundled");
        long loaded = store.generation();
        store.sync(BUNDLED, "loader", "bundled");
        long again = store.generation();
        var u = BUNDLED.all(Unit.class).get(3);
        store.sync(BUNDLED.with(Unit.class, BUNDLED.all(Unit.class).stream()
                .map(x -> x == u ? x.withName(x.name() + " (ny)") : x).toList()), "editor", "edit");

        assertThat(empty).isZero();
        assertThat(loaded).isPositive();
        assertThat(again).isEqualTo(loaded);
        assertThat(store.generation()).isGreaterThan(loaded);
        assertThat(store.latest("units", u.id())).hasValueSatisfying(c -> assertThat(c.seq()).isEqualTo(store.generation()));
        assertThat(store.contents().generation()).isEqualTo(store.generation());
        assertThat(store.contents().recorded().get("units:" + u.id()).actor()).isEqualTo("editor");
    }

    /** Counts and checksums of every table, to see that nothing at all changed. */
    private Map<String, Object> fingerprint() {
        Jdbi jdbi = Jdbi.create(config.jdbcUrl(), config.user(), config.password());
        return jdbi.withHandle(h -> Map.of(
                "facts", h.createQuery("select count(*) from fact").mapTo(Long.class).one(),
                "versions", h.createQuery("select coalesce(sum(version), 0) from fact").mapTo(Long.class).one(),
                "changedAt", h.createQuery("select count(distinct changed_at) from fact").mapTo(Long.class).one(),
                "sources", h.createQuery("select count(*) from fact_source").mapTo(Long.class).one(),
                "parents", h.createQuery("select count(*) from unit_parent").mapTo(Long.class).one(),
                "log", h.createQuery("select count(*) from change_log").mapTo(Long.class).one(),
                "loads", h.createQuery("select count(*) from dataset_load").mapTo(Long.class).one(),
                "docs", h.createQuery("select doc from fact order by kind, id").mapTo(String.class).list().hashCode()));
    }

    static Dataset replaceUnitsAndFigures(Dataset d, List<se.regionkarta.registry.model.Unit> units,
            List<se.regionkarta.figures.model.KeyFigure> figures) {
        return d.with(se.regionkarta.registry.model.Unit.class, units).with(se.regionkarta.figures.model.KeyFigure.class, figures);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<?> list) {
        return (List<T>) list;
    }

    private static Dataset loadBundled() {
        LoadResult result = se.regionkarta.SectionReaders.loader().loadBundled();
        assertThat(result.problems()).isEmpty();
        return result.dataset();
    }
}
