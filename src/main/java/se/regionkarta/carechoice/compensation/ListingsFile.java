package se.regionkarta.carechoice.compensation;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import se.regionkarta.fastcsv.ByteDictionary;
import se.regionkarta.fastcsv.FileParts;

/**
 * Reads a listings file in parts, one thread a part, each part by its own {@link ListingsReader};
 * then checks the order across parts, reports the problems of all parts with the file's line
 * numbers, and numbers the providers and schemes of all parts in one dictionary each (a part's
 * own numbers are mapped to them by {@link Part#providerMap} and {@link Part#schemeMap}).
 */
final class ListingsFile {

    /** How many listings a batch holds before it goes to the sink. */
    static final int BATCH = 16_384;

    /** What reading one part gave. */
    static final class Part {
        final ListingsReader reader;
        final ListingBatch columns;
        final ByteDictionary providers;
        /** The part's sink of batches, null when the listings are kept in memory. */
        final Consumer<ListingBatch> sink;
        int[] providerMap;
        int[] schemeMap;

        Part(ListingsReader reader, ListingBatch columns, ByteDictionary providers, Consumer<ListingBatch> sink) {
            this.reader = reader;
            this.columns = columns;
            this.providers = providers;
            this.sink = sink;
        }
    }

    /** The parts read, and the providers and schemes of them all. */
    record Read(List<Part> parts, ByteDictionary providers, ByteDictionary schemes, long rows, long kept) {
    }

    private ListingsFile() {
    }

    /**
     * Reads the file.
     *
     * @param name the name of the input, which every problem names
     * @param fixedProviders the target scheme's providers, or null to number providers as they come
     * @param sinks makes each part's sink of batches from the part's dictionary of providers, or null
     *     to keep all listings in memory
     */
    static Read read(Path file, String name, Population population, String target, ByteDictionary fixedProviders, int keepFrom,
            int keepUntil, int threads, Function<ByteDictionary, Consumer<ListingBatch>> sinks) throws IOException {
        List<FileParts.Part> ranges;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ranges = FileParts.split(channel, ListingsReader.HEADER, threads, true,
                    message -> Problems.refuse(name, 1, message));
        }
        List<Part> parts = new ArrayList<>();
        List<Callable<Void>> work = new ArrayList<>();
        for (FileParts.Part range : ranges) {
            ByteDictionary providers = fixedProviders != null ? fixedProviders : new ByteDictionary(ListingsReader.MAX_PROVIDERS);
            ListingBatch columns = new ListingBatch(sinks != null ? BATCH : 16);
            Consumer<ListingBatch> sink = sinks == null ? null : sinks.apply(providers);
            ListingsReader reader = new ListingsReader(population, target, providers, fixedProviders == null, keepFrom, keepUntil,
                    columns, BATCH, sink);
            Part part = new Part(reader, columns, providers, sink);
            parts.add(part);
            work.add(() -> {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                    if (sinks == null) {
                        // listings kept in memory: count the lines first and make the columns that size at once
                        columns.reserve(FileParts.countLines(channel, range.from(), range.to()));
                    }
                    reader.lines = CsvRows.read(channel, range.from(), range.to(), ListingsReader.FIELDS, reader);
                }
                reader.finish();
                return null;
            });
        }
        Parallel.run(work, threads);
        return combine(name, parts, fixedProviders, target, sinks == null);
    }

    private static Read combine(String file, List<Part> parts, ByteDictionary fixedProviders, String target, boolean keep) {
        long before = 1;
        long rows = 0;
        long kept = 0;
        List<Problems> problems = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            ListingsReader r = parts.get(k).reader;
            if (k > 0 && r.firstLine > 0 && parts.get(k - 1).reader.lastId >= r.firstId) {
                r.problems.add(r.firstLine, "the listings must be in order of resident: " + r.firstId + " comes after "
                        + parts.get(k - 1).reader.lastId);
            }
            r.problems.shift(before);
            problems.add(r.problems);
            before += r.lines;
            rows += r.rows;
            kept += r.kept;
        }
        Problems.throwIfAny(file, problems);
        ByteDictionary providers = fixedProviders != null ? fixedProviders : new ByteDictionary(ListingsReader.MAX_PROVIDERS);
        ByteDictionary schemes = new ByteDictionary(ListingsReader.MAX_SCHEMES);
        if (target != null) {
            byte[] t = target.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            schemes.add(t, 0, t.length);
        }
        for (Part part : parts) {
            part.providerMap = map(part.providers, providers);
            part.schemeMap = map(part.reader.schemes, schemes);
            if (keep) {
                if (part.columns.size < part.columns.resident.length * 9L / 10) {
                    part.columns.trim();
                }
                renumber(part);
            }
        }
        return new Read(parts, providers, schemes, rows, kept);
    }

    /** Returns for each word of {@code from} its number in {@code into}, adding it there if new. */
    static int[] map(ByteDictionary from, ByteDictionary into) {
        int[] map = new int[from.size()];
        for (int i = 0; i < map.length; i++) {
            byte[] word = from.word(i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            map[i] = into.add(word, 0, word.length);
            if (map[i] < 0) {
                throw new IllegalStateException("too many distinct words across the parts of the file");
            }
        }
        return map;
    }

    /** Rewrites a part's kept listings with the file-wide numbers of providers and schemes. */
    private static void renumber(Part part) {
        ListingBatch c = part.columns;
        boolean providersSame = identity(part.providerMap);
        boolean schemesSame = identity(part.schemeMap);
        for (int i = 0; i < c.size; i++) {
            if (!providersSame) {
                c.provider[i] = (char) part.providerMap[c.provider[i]];
            }
            if (!schemesSame) {
                c.scheme[i] = (byte) part.schemeMap[c.scheme[i] & 0xFF];
            }
        }
        part.providerMap = identityMap(part.providerMap.length);
        part.schemeMap = identityMap(part.schemeMap.length);
    }

    private static boolean identity(int[] map) {
        for (int i = 0; i < map.length; i++) {
            if (map[i] != i) {
                return false;
            }
        }
        return true;
    }

    private static int[] identityMap(int n) {
        int[] map = new int[n];
        for (int i = 0; i < n; i++) {
            map[i] = i;
        }
        return map;
    }
}
