package se.regionkarta.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.regionkarta.SectionReaders;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.FactKind;

/** Issue 12, item 9: the data files the registry writes read back as the same facts, in the same order. */
class DataFileWriterTest {

    static final LoadResult BUNDLED = SectionReaders.loader().loadBundled();

    @TempDir
    Path dir;

    @Test
    @DisplayName("the bundled data set, written back in the files it was read from, reads back fact for fact and in order")
    void bundledRoundTrip() throws Exception {
        Map<String, String> files = DataFileWriter.write(BUNDLED.dataset(), BUNDLED::fileOf);
        for (var file : files.entrySet()) {
            Path path = dir.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }

        LoadResult back = SectionReaders.loader().load(dir);

        assertThat(back.problems()).isEmpty();
        for (FactKind kind : FactKind.values()) {
            assertThat(back.dataset().all(kind)).as(kind.section()).containsExactlyElementsOf(cast(BUNDLED.dataset().all(kind)));
        }
        assertThat(files.keySet()).containsExactlyInAnyOrderElementsOf(BUNDLED.placement().values().stream().distinct().toList());
    }

    @Test
    @DisplayName("the order of a data directory is the order its files give")
    void arrangedAsRead() {
        Dataset arranged = DataFileWriter.arrange(BUNDLED.dataset(), BUNDLED::fileOf);
        for (FactKind kind : FactKind.values()) {
            assertThat(arranged.all(kind)).as(kind.section()).containsExactlyElementsOf(cast(BUNDLED.dataset().all(kind)));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> java.util.List<T> cast(java.util.List<?> list) {
        return (java.util.List<T>) list;
    }
}
