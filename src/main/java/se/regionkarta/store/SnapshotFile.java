package se.regionkarta.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.history.Change;
import se.regionkarta.provenance.model.Identified;

/**
 * A copy of the embedded store's contents beside it ({@code regionkarta.snapshot}), so that a read
 * command answers without starting the database, its migrations, its pool and the JSON mapping:
 * a small question then costs about what {@code --help} costs (issue 11, docs/benchmarks.md).
 *
 * <p>The file is trusted only while it is fresh: every writer of the store deletes it before its
 * transaction and writes it anew after, holding the {@link HomeLock} throughout (see {@link Store}).
 * It is ignored, and the store read instead, when it is missing, cut short, fails its CRC32C, has
 * another format, was written by classes of another shape, or belongs to another database file (the
 * database was deleted or replaced).
 */
public final class SnapshotFile {

    static final String NAME = "regionkarta.snapshot";
    private static final long MAGIC = 0x524b_534e_4150_0a1aL; // "RKSNAP\n\032": not text, not another format
    /** Changes whenever this file's layout or {@link RecordCodec}'s encoding does, so that no build misreads another's file. */
    private static final int FORMAT = 1;

    private final Path file;
    private final Path database;

    private SnapshotFile(Path home) {
        Path dir = home.toAbsolutePath().normalize();
        this.file = dir.resolve(NAME);
        this.database = dir.resolve("regionkarta.mv.db");
    }

    /** Returns the snapshot file of the embedded store in the given home directory. */
    public static SnapshotFile in(Path home) {
        return new SnapshotFile(home);
    }

    /** Returns what the file holds if it can be trusted; otherwise nothing, and the store must be read. */
    public Optional<StoreContents> read() {
        return read(true);
    }

    /**
     * Returns what the file holds, as {@link #read()} does; without {@code withRecorded} the
     * contents' {@code recorded} is left empty, which spares most commands a third of the work.
     */
    public Optional<StoreContents> read(boolean withRecorded) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(decode(bytes, databaseKey(), withRecorded));
        } catch (IOException | RuntimeException e) {
            // missing, unreadable, damaged or foreign: the store is the truth, so read it instead
            return Optional.empty();
        }
    }

    /** Writes the file whole, so that a reader finds the old one, none, or the new one, never a part. */
    void write(StoreContents contents) throws IOException {
        byte[] bytes = encode(contents, databaseKey());
        // a fixed name is safe: only the holder of the home lock writes
        Path temp = file.resolveSibling(NAME + ".tmp");
        Files.write(temp, bytes);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    Path path() {
        return file;
    }

    /** Names the database file by its identity on disk, so that a deleted or replaced database is noticed. */
    private String databaseKey() throws IOException {
        Object key = Files.readAttributes(database, BasicFileAttributes.class).fileKey();
        return key == null ? "" : key.toString();
    }

    static byte[] encode(StoreContents contents, String databaseKey) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
        DataOutputStream out = new DataOutputStream(buffer);
        out.writeLong(MAGIC);
        out.writeInt(FORMAT);
        out.writeLong(contents.generation());
        out.writeUTF(databaseKey);
        RecordCodec.Writer values = new RecordCodec.Writer(out);
        out.writeInt(contents.dataset().size());
        for (Identified fact : (Iterable<Identified>) contents.dataset().facts()::iterator) {
            values.write(fact);
        }
        out.writeInt(contents.recorded().size());
        for (Change change : contents.recorded().values()) {
            values.write(change);
        }
        out.flush();
        CRC32C crc = new CRC32C();
        crc.update(buffer.toByteArray());
        out.writeInt((int) crc.getValue());
        return buffer.toByteArray();
    }

    static StoreContents decode(byte[] bytes, String databaseKey, boolean withRecorded) throws IOException {
        if (bytes.length < Long.BYTES + Integer.BYTES) {
            throw new RecordCodec.Unreadable("too short");
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - Integer.BYTES);
        if ((int) crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - Integer.BYTES, Integer.BYTES).getInt()) {
            throw new RecordCodec.Unreadable("checksum differs");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - Integer.BYTES));
        if (in.readLong() != MAGIC || in.readInt() != FORMAT) {
            throw new RecordCodec.Unreadable("not a snapshot of this format");
        }
        long generation = in.readLong();
        if (!in.readUTF().equals(databaseKey)) {
            throw new RecordCodec.Unreadable("written for another database file");
        }
        RecordCodec.Reader values = new RecordCodec.Reader(in);
        Dataset.Builder facts = new Dataset.Builder();
        for (int i = in.readInt(); i > 0; i--) {
            facts.add((Identified) values.read());
        }
        Map<String, Change> recorded = new LinkedHashMap<>();
        if (!withRecorded) {
            // the checksum has covered the rest
            return new StoreContents(generation, facts.build(), Map.of());
        }
        for (int i = in.readInt(); i > 0; i--) {
            Change c = (Change) values.read();
            recorded.put(c.kind() + ":" + c.id(), c);
        }
        if (in.available() != 0) {
            throw new RecordCodec.Unreadable("trailing bytes");
        }
        return new StoreContents(generation, facts.build(), Collections.unmodifiableMap(recorded));
    }
}
