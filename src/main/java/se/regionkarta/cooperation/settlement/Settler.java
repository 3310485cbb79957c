package se.regionkarta.cooperation.settlement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import se.regionkarta.cooperation.settlement.model.PriceLists;
import se.regionkarta.cooperation.settlement.model.Settlement;
import se.regionkarta.fastcsv.FileParts;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;

/**
 * Settles an events file (docs/settlement.md) fast: the file is split at line boundaries into one
 * part per thread ({@link FileParts}); each part is read by its own {@link EventsCsv} in batches that its own
 * {@link Aggregator} prices and sums at once, so memory does not grow with the file. The parts'
 * sums, counts and reported lines are then combined; all are exact integers, so the settlement is
 * the same for one thread or several. {@link #load} and {@link #settle(Loaded, int)} do the same in
 * two steps, holding all events in memory in between (for the benchmarks).
 */
public final class Settler {

    private static final int BATCH = 16_384;

    private final PriceTable table;
    private final int keep;

    /**
     * @param regions the ids of the regions that buy and sell care (the registry's regions)
     * @param keep how many unpriced events to list in a settlement (all are counted)
     */
    public Settler(Collection<String> regions, PriceLists prices, int keep) {
        this.table = new PriceTable(List.copyOf(regions), prices);
        this.keep = keep;
    }

    /** Settles the events in the file, whose problems name it as its path is written. */
    public Settlement settle(Path events, YearMonth month, int threads) throws IOException {
        return settle(events, events.toString(), month, threads);
    }

    /**
     * Settles the events in the file.
     *
     * @param name the name of the events input ({@code events.csv}, a form's or a request's field), which refusals name
     * @param month settle only events dated in this month; null for all
     * @throws BadInput if the file does not begin with the header, or its amounts are too large to add up in öre
     */
    public Settlement settle(Path events, String name, YearMonth month, int threads) throws IOException {
        try {
            return settleParts(events, name, month, threads);
        } catch (ArithmeticException e) {
            // sums are exact 64-bit öre, and overflow only with prices and quantities no real settlement has
            throw new BadInput(Problem.at(name, 0, "the amounts are too large to add up in öre"));
        }
    }

    private Settlement settleParts(Path events, String name, YearMonth month, int threads) throws IOException {
        List<Part> parts = parts(events, name, threads);
        int monthKey = month == null ? -1 : PackedDate.monthKey(month);
        List<Callable<Part>> work = new ArrayList<>();
        for (Part part : parts) {
            work.add(() -> {
                Aggregator sums = new Aggregator(table);
                EventColumns batch = new EventColumns(BATCH);
                part.sums = sums;
                part.read(events, monthKey, batch, BATCH, b -> sums.add(b, part.issues));
                return part;
            });
        }
        runAll(work);
        number(parts);
        Aggregator sums = parts.get(0).sums;
        Issues issues = new Issues(keep);
        for (Part part : parts) {
            if (part != parts.get(0)) {
                sums.merge(part.sums);
            }
            issues.addAll(part.issues);
        }
        return settlement(sums, issues, parts);
    }

    /** Reads the events in the file into memory, for {@link #settle(Loaded, int)}. */
    public Loaded load(Path events, YearMonth month, int threads) throws IOException {
        List<Part> parts = parts(events, events.toString(), threads);
        int monthKey = month == null ? -1 : PackedDate.monthKey(month);
        List<Callable<Part>> work = new ArrayList<>();
        for (Part part : parts) {
            work.add(() -> {
                long guess = (part.to - part.from) / 60;
                part.columns = new EventColumns((int) Math.min(Integer.MAX_VALUE - 16, guess));
                part.read(events, monthKey, part.columns, Integer.MAX_VALUE, null);
                return part;
            });
        }
        runAll(work);
        number(parts);
        return new Loaded(parts);
    }

    /** Settles events already in memory, one thread per part of the file (at most {@code threads}). */
    public Settlement settle(Loaded loaded, int threads) {
        List<Callable<Part>> work = new ArrayList<>();
        List<Part> results = new ArrayList<>();
        for (Part read : loaded.parts) {
            Part part = new Part(read.from, read.to);
            results.add(part);
            work.add(() -> {
                part.sums = new Aggregator(table);
                part.sums.add(read.columns, part.issues);
                return part;
            });
        }
        runAll(work, threads);
        Aggregator sums = results.get(0).sums;
        Issues issues = new Issues(keep);
        for (int i = 0; i < results.size(); i++) {
            if (i > 0) {
                sums.merge(results.get(i).sums);
            }
            issues.addAll(loaded.parts.get(i).issues);
            issues.addAll(results.get(i).issues);
            results.get(i).rows = loaded.parts.get(i).rows;
            results.get(i).outsideMonth = loaded.parts.get(i).outsideMonth;
        }
        return settlement(sums, issues, results);
    }

    private Settlement settlement(Aggregator sums, Issues issues, List<Part> parts) {
        long rows = parts.stream().mapToLong(p -> p.rows).sum();
        long outside = parts.stream().mapToLong(p -> p.outsideMonth).sum();
        return new Settlement(sums.pairs(), sums.total(), rows, sums.priced(), outside, issues.summary());
    }

    /** Events read into memory by {@link #load}: one set of columns per part of the file. */
    public static final class Loaded {
        private final List<Part> parts;

        private Loaded(List<Part> parts) {
            this.parts = List.copyOf(parts);
        }

        /** Returns the number of events held (rows that could be read as events). */
        public long events() {
            return parts.stream().mapToLong(p -> p.columns.size).sum();
        }
    }

    /** A part of the file between two line boundaries, and what reading and settling it gave. */
    private final class Part {
        final long from;
        final long to;
        final Issues issues = new Issues(keep);
        long lines;
        long rows;
        long outsideMonth;
        Aggregator sums;
        EventColumns columns;

        Part(long from, long to) {
            this.from = from;
            this.to = to;
        }

        void read(Path file, int month, EventColumns out, int flushAt, Consumer<EventColumns> sink)
                throws IOException {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                EventsCsv reader = new EventsCsv(table, month, issues, out, flushAt, sink);
                lines = reader.read(channel, from, to);
                rows = reader.rows();
                outsideMonth = reader.outsideMonth();
            }
        }
    }

    /** Turns the parts' line numbers (each counted from 1) into the file's (the header is line 1). */
    private static void number(List<Part> parts) {
        long before = 1;
        for (Part part : parts) {
            part.issues.shift(before);
            if (part.columns != null) {
                part.columns.lines.shift(before);
            }
            before += part.lines;
        }
    }

    private List<Part> parts(Path events, String name, int threads) throws IOException {
        try (FileChannel channel = FileChannel.open(events, StandardOpenOption.READ)) {
            List<Part> parts = new ArrayList<>();
            for (FileParts.Part range : FileParts.split(channel, EventsCsv.HEADER, threads, false,
                    message -> new BadInput(Problem.at(name, 1, message)))) {
                parts.add(new Part(range.from(), range.to()));
            }
            return parts;
        }
    }

    private static void runAll(List<Callable<Part>> work) throws IOException {
        try {
            runAll(work, work.size());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    // not compensation's Parallel: settling loaded events throws no IOException, so failures come back unchecked here
    private static void runAll(List<Callable<Part>> work, int threads) {
        if (work.size() == 1 || threads == 1) {
            for (Callable<Part> task : work) {
                call(task);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, work.size()), r -> {
            Thread t = new Thread(r, "settlement");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Part>> done = new ArrayList<>();
            for (Callable<Part> task : work) {
                done.add(pool.submit(task));
            }
            for (Future<Part> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while settling", e);
        } catch (ExecutionException e) {
            throw unchecked(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void call(Callable<Part> task) {
        try {
            task.call();
        } catch (Exception e) {
            throw unchecked(e);
        }
    }

    private static RuntimeException unchecked(Throwable e) {
        if (e instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        if (e instanceof RuntimeException r) {
            return r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(e);
    }
}

