package se.regionkarta.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.history.Change;
import se.regionkarta.provenance.model.Identified;

/** The snapshot file beside the embedded store: exact when whole, refused when anything is off (issue 11). */
class SnapshotFileTest {

    static final Dataset BUNDLED = StoreContract.BUNDLED;

    @TempDir
    Path home;

    /** A value of a shape the model does not have, to see how the codec treats a changed class. */
    record Probe(String name, int count) {
    }

    /** A class that is not a record, named as long as {@link Probe}. */
    static final class Proxy {
    }

    @Test
    @DisplayName("every fact of the bundled data and who recorded it read back exactly as written, kind by kind and in order")
    void roundTrip() throws IOException {
        StoreContents written = new StoreContents(42, BUNDLED, recorded(BUNDLED));

        StoreContents back = SnapshotFile.decode(SnapshotFile.encode(written, "key"), "key", true);

        for (FactKind kind : FactKind.values()) {
            assertThat(List.<Identified>copyOf(back.dataset().all(kind))).as(kind.section())
                    .containsExactlyElementsOf(List.<Identified>copyOf(written.dataset().all(kind)));
        }
        assertThat(back.dataset()).isEqualTo(BUNDLED);
        assertThat(back.recorded()).isEqualTo(written.recorded());
        assertThat(back.generation()).isEqualTo(42);
    }

    @Test
    @DisplayName("read without who recorded each fact, the facts are the same and nothing else is built")
    void withoutRecorded() throws IOException {
        StoreContents back = SnapshotFile.decode(SnapshotFile.encode(new StoreContents(1, BUNDLED, recorded(BUNDLED)), "k"),
                "k", false);

        assertThat(back.dataset()).isEqualTo(BUNDLED);
        assertThat(back.recorded()).isEmpty();
    }

    @Test
    @DisplayName("a file with any one byte changed is not trusted")
    void flippedByte() throws IOException {
        byte[] good = SnapshotFile.encode(new StoreContents(7, BUNDLED, Map.of()), "k");

        for (int at : new int[] {0, 9, 20, good.length / 3, good.length / 2, good.length - 5, good.length - 1}) {
            byte[] bad = good.clone();
            bad[at] ^= 0x10;
            assertThatThrownBy(() -> SnapshotFile.decode(bad, "k", true)).as("byte " + at).isInstanceOf(IOException.class);
        }
        assertThatThrownBy(() -> SnapshotFile.decode(java.util.Arrays.copyOf(good, good.length - 100), "k", true))
                .isInstanceOf(IOException.class);
    }

    @Test
    @DisplayName("a file written for another database file (deleted or replaced since) is not trusted")
    void otherDatabase() throws IOException {
        byte[] bytes = SnapshotFile.encode(new StoreContents(7, BUNDLED, Map.of()), "(dev=1,ino=2)");

        assertThatThrownBy(() -> SnapshotFile.decode(bytes, "(dev=1,ino=3)", true)).isInstanceOf(IOException.class);
    }

    @Test
    @DisplayName("on disk: read back when whole; nothing when missing, damaged or when the database is gone")
    void onDisk() throws IOException {
        SnapshotFile file = SnapshotFile.in(home);
        Files.writeString(home.resolve("regionkarta.mv.db"), "stands for the database");

        assertThat(file.read()).isEmpty();
        file.write(new StoreContents(3, BUNDLED, Map.of()));
        assertThat(file.read()).hasValueSatisfying(c -> assertThat(c.dataset()).isEqualTo(BUNDLED));
        assertThat(Files.exists(home.resolve("regionkarta.snapshot.tmp"))).isFalse();

        byte[] bytes = Files.readAllBytes(file.path());
        bytes[bytes.length / 2] ^= 1;
        Files.write(file.path(), bytes);
        assertThat(file.read()).isEmpty();

        file.write(new StoreContents(3, BUNDLED, Map.of()));
        Files.delete(home.resolve("regionkarta.mv.db"));
        assertThat(file.read()).isEmpty();
    }

    @Test
    @DisplayName("the codec refuses a class of another shape than the one that wrote it")
    void changedShape() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        new RecordCodec.Writer(new DataOutputStream(buffer)).write(new Probe("x", 1));
        // the class is described by its components' types and names; rename the component "count"
        byte[] bytes = replace(buffer.toByteArray(), "int count", "int cound");

        assertThatThrownBy(() -> reader(bytes).read()).isInstanceOf(RecordCodec.Unreadable.class)
                .hasMessageContaining("changed shape");
    }

    @Test
    @DisplayName("the codec builds nothing outside se.regionkarta, and only records and enums inside it")
    void allowList() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        new RecordCodec.Writer(new DataOutputStream(buffer)).write(new Probe("x", 1));
        String name = Probe.class.getName();

        byte[] foreign = replace(buffer.toByteArray(), name, "java.lang.ProcessBuilder".concat(" ".repeat(name.length() - 24)));
        byte[] notRecord = replace(buffer.toByteArray(), name, Proxy.class.getName());

        assertThatThrownBy(() -> reader(foreign).read()).isInstanceOf(RecordCodec.Unreadable.class)
                .hasMessageContaining("not allowed");
        assertThatThrownBy(() -> reader(notRecord).read()).isInstanceOf(RecordCodec.Unreadable.class)
                .hasMessageContaining("not a record");
        assertThatThrownBy(() -> new RecordCodec.Writer(new DataOutputStream(new ByteArrayOutputStream()))
                .write(new StringBuilder("x"))).isInstanceOf(IllegalArgumentException.class);
    }

    /** Who recorded each fact: one change per fact, as the store's log gives them. */
    static Map<String, Change> recorded(Dataset d) {
        Map<String, Change> out = new LinkedHashMap<>();
        long seq = 1;
        for (FactKind kind : FactKind.values()) {
            for (Identified fact : d.all(kind)) {
                out.put(kind.section() + ":" + fact.id(), new Change(seq++,
                        OffsetDateTime.of(2026, 11, 26, 10, 0, 0, 123_000_000, ZoneOffset.ofHours(1)), "loader", "insert",
                        kind.section(), fact.id(), seq % 3 == 0 ? null : "kalmar"));
            }
        }
        return out;
    }

    private static RecordCodec.Reader reader(byte[] bytes) {
        return new RecordCodec.Reader(new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes)));
    }

    /** Replaces text of the same length in UTF-8 bytes, so that every length written stays right. */
    private static byte[] replace(byte[] bytes, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.UTF_8);
        byte[] t = to.getBytes(StandardCharsets.UTF_8);
        assertThat(t).hasSameSizeAs(f);
        for (int i = 0; i + f.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + f.length, f, 0, f.length)) {
                byte[] out = bytes.clone();
                System.arraycopy(t, 0, out, i, t.length);
                return out;
            }
        }
        throw new AssertionError(from + " not found");
    }
}
