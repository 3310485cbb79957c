package se.regionkarta.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.figures.model.KeyFigure;

/**
 * Issue 13: the embedded store's file was never compacted (1.7 GB after loading and removing 500 000
 * facts). Closing it with {@link Store#closeCompacting()} compacts it when no one else is connected.
 */
class CompactionTest {

    static final Dataset BUNDLED = se.regionkarta.SectionReaders.loader().loadBundled().dataset();

    @TempDir
    Path home;

    @Test
    @Timeout(300)
    @DisplayName("after loading 20 000 more facts and ending them, compaction shrinks the file to less than half")
    void compactionShrinksTheFile() throws Exception {
        StoreConfig config = StoreConfig.embedded(home);
        Store store = Store.open(config, Clock.systemUTC());
        store.sync(BUNDLED, "test", "bundled");
        store.load(withGeneratedFigures(BUNDLED, 20_000), fact -> null, "test", "generated", false);
        store.load(BUNDLED, fact -> null, "test", "bundled again", true);
        int facts = store.read().size();
        store.close();
        long grown = Files.size(home.resolve("regionkarta.mv.db"));

        Store.Compaction compaction = Store.open(config, Clock.systemUTC()).closeCompacting();
        long compacted = Files.size(home.resolve("regionkarta.mv.db"));
        System.out.printf("store file: %.1f MB before compaction, %.1f MB after%n", grown / 1e6, compacted / 1e6);

        assertThat(compaction.done()).as(compaction.reason()).isTrue();
        assertThat(compaction.after()).isEqualTo(compacted);
        assertThat((double) compacted / grown).isLessThan(0.5);
        try (Store reopened = Store.open(config, Clock.systemUTC())) {
            assertThat(reopened.read().size()).as("nothing was lost").isEqualTo(facts);
        }
    }

    @Test
    @Timeout(120)
    @DisplayName("while another connection holds the store, it is closed without being compacted")
    void notCompactedWhileInUse() {
        StoreConfig config = StoreConfig.embedded(home);
        try (Store holder = Store.open(config, Clock.systemUTC())) {
            holder.sync(BUNDLED, "test", "bundled");
            Store.Compaction compaction = Store.open(config, Clock.systemUTC()).closeCompacting();

            assertThat(compaction.done()).isFalse();
            assertThat(compaction).isEqualTo(Store.Compaction.IN_USE);
            assertThat(holder.read().size()).as("the holder still reads it").isEqualTo(BUNDLED.size());
        }
    }

    /** The data set with {@code n} more key figures, copies of the first under new ids. */
    static Dataset withGeneratedFigures(Dataset d, int n) {
        List<KeyFigure> figures = new ArrayList<>(d.all(KeyFigure.class));
        KeyFigure f = figures.get(0);
        for (int i = 0; i < n; i++) {
            figures.add(new KeyFigure(f.id() + ".generated." + i, f.unitId(), f.metricId(), BigDecimal.valueOf(i),
                    null, f.qualifier(), f.period(), f.asOf(), f.partOf(), f.category(), false, f.reason(),
                    "a generated figure, number " + i + ", to make the file grow", f.sources()));
        }
        return d.with(KeyFigure.class, figures);
    }
}
