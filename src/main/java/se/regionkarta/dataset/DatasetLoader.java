package se.regionkarta.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.DatasetRules;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.dataset.model.Violation;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;

/**
 * Reads a data directory into a {@link Dataset} and checks it: each file decoded as UTF-8, each
 * YAML file against the schema, each entry as its feature's {@link SectionReader} reads it, and
 * then the whole against {@link DatasetRules}. The result carries either a sound dataset or every
 * problem found, each with file and line.
 *
 * <p>One run finds every problem it can: an entry that cannot be read is left out and the rest is
 * read, and the checks across files always run on what was read. A violation that may only follow
 * from an entry that could not be read (a reference to its id, a total that lacks it) is held back
 * until that entry is fixed ({@link Unread}), so that one mistake gives one problem.
 */
public final class DatasetLoader {

    private final YamlFiles yaml = new YamlFiles();
    private final Function<FactKind, SectionReader> readers;

    /** @param readers the reader of each kind's section (se.regionkarta.SectionReaders names them) */
    public DatasetLoader(Function<FactKind, SectionReader> readers) {
        this.readers = readers;
    }

    /** Reads the data files under a directory. */
    public LoadResult load(Path directory) {
        return load(DataFiles.read(directory), directory.toString());
    }

    /** Reads the data set bundled with the application. */
    public LoadResult loadBundled() {
        return load(DataFiles.bundled(), "(bundled data set)");
    }

    /** Reads data files given as text by their relative names. */
    public LoadResult load(Map<String, String> files) {
        Collector out = new Collector();
        files.forEach((name, text) -> read(name, Utf8.withoutBom(text), out));
        return check(files.size(), "(data directory)", out);
    }

    /**
     * Reads data files given as text entry by entry (the schema, the section readers, the records'
     * own checks) without the checks across files, which need the whole data set: what
     * {@link FactCheck} asks of each fact written to the store.
     */
    LoadResult readEntries(Map<String, String> files) {
        Collector out = new Collector();
        files.forEach((name, text) -> read(name, text, out));
        return new LoadResult(out.dataset(), out.problems(), files.size(), out.placement());
    }

    /** Reads data files given as bytes: each is decoded on its own, so that one that is not UTF-8 is one problem. */
    LoadResult load(DataFiles.Listing listing, String where) {
        Collector out = new Collector();
        if (!listing.problems().isEmpty()) {
            out.unread().unknown(); // a file that could not be read may hold anything
            listing.problems().forEach(p -> out.problem(p.file(), p.line(), p.message()));
        }
        listing.files().forEach((name, bytes) -> {
            String text;
            try {
                text = Utf8.decode(bytes);
            } catch (BadInput e) {
                e.inFile(name).problems().forEach(p -> out.problem(p.file(), p.line(), p.message()));
                out.unread().text(Utf8.lenient(bytes));
                return;
            }
            read(name, text, out);
        });
        return check(listing.files().size(), where, out);
    }

    private void read(String file, String text, Collector out) {
        if (file.endsWith(".csv")) {
            CsvFiles.read(file, text, this::read, out);
        } else {
            yaml.read(file, text, this::read, out);
        }
    }

    /** Runs the checks across files on what was read, and gathers every problem in file and line order. */
    private LoadResult check(int files, String where, Collector out) {
        if (files == 0 && out.problems().isEmpty()) {
            out.problem(where, 0, LoadResult.NO_DATA_FILES);
        }
        Dataset dataset;
        try {
            dataset = ImpliedLinks.clip(EventDates.apply(out.dataset()), out.impliedLinks());
        } catch (IllegalArgumentException e) { // a date an event gives that contradicts a unit's own
            out.problem("(all files)", 0, "events: " + e.getMessage());
            dataset = out.dataset();
        }
        List<Problem> problems = new ArrayList<>(out.problems());
        for (Violation v : DatasetRules.check(dataset)) {
            if (v.premises().stream().noneMatch(out.unread()::doubts)) {
                problems.add(out.problem(v));
            }
        }
        problems.sort(null);
        return new LoadResult(dataset, problems, files, out.placement());
    }

    /**
     * Reads one entry with the reader of its section. A value the reader refuses, or a fact whose
     * record refuses what was read (a period that ends before it starts), leaves the entry out
     * and is reported at its line; the other entries are still read.
     */
    private void read(String file, FactKind section, Entry entry, Collector out) {
        SectionReader.Facts facts = out.forFile(file);
        try {
            readers.apply(section).read(section, entry, facts);
        } catch (BadInput e) {
            out.refused(file, section, entry, e);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            out.refused(file, section, entry, entry.refuse(e.getMessage()));
        }
    }

    /** Reads one entry of a file into the collector. */
    @FunctionalInterface
    interface EntryReader {
        void read(String file, FactKind section, Entry entry, Collector out);
    }
}
