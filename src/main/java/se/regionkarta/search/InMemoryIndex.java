package se.regionkarta.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import se.regionkarta.snapshot.Snapshot;

/**
 * Builds the in-memory index of one snapshot and opens a searcher on it, which stays open for
 * the snapshot's life. The index lives on the heap: a snapshot is already held in memory whole
 * (decision 0003), and rebuilding takes less time than reading files would save.
 */
final class InMemoryIndex {

    /** A large buffer flushes fewer, larger segments when a million units are written. */
    private static final double RAM_BUFFER_MB = 128;

    private InMemoryIndex() {
    }

    /** Writes every fact of the snapshot with one writer and one commit, then opens a searcher. */
    static IndexSearcher build(Snapshot snapshot, LocalDate today, Analyzers analyzers) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setUseCompoundFile(false);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            new Entries(snapshot, today).forEach(entry -> add(writer, entry, analyzers));
            writer.commit();
            return new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            // a ByteBuffersDirectory does no I/O; only a bug gets here
            throw new UncheckedIOException("could not build the search index", e);
        }
    }

    private static void add(IndexWriter writer, Entry entry, Analyzers analyzers) {
        try {
            writer.addDocument(Fields.document(entry, analyzers));
        } catch (IOException e) {
            throw new UncheckedIOException("could not index " + entry.kind() + " " + entry.id(), e);
        }
    }
}
