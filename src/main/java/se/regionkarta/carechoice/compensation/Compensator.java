package se.regionkarta.carechoice.compensation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import se.regionkarta.carechoice.compensation.model.CompensationModel;
import se.regionkarta.carechoice.compensation.model.ModelVersion;
import se.regionkarta.carechoice.compensation.model.MonthSettlement;
import se.regionkarta.carechoice.compensation.model.Provider;
import se.regionkarta.carechoice.compensation.model.VisitCount;
import se.regionkarta.carechoice.compensation.model.WhatIf;
import se.regionkarta.carechoice.compensation.model.WhatIfResult;
import se.regionkarta.fastcsv.ByteDictionary;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;

/**
 * The compensation engine: settles a month of a scheme for every provider, by the rules of
 * {@link se.regionkarta.carechoice.compensation.model.Compensations} but over primitive columns.
 * Each listing adds its days in the month (and in its provider's days open) to a cell of its
 * provider, age band and sex ({@link MonthTable}); amounts are made once per cell and rounded once
 * per provider ({@link Payouts}). The listings file is read in one part per thread, each part summed
 * by its own table as it is read, so that memory does not grow with the file; whole-number sums
 * make the result the same for any number of threads.
 */
public final class Compensator {

    private final CompensationModel model;
    private final HomeAreas areas;
    private final List<VisitCount> visits;
    private final ProviderDays providers;

    /**
     * @param areas the home areas, or null when none are given (then no version may use the care need index)
     * @param providers the providers file, or null to take every provider of a month's listings as open all month
     * @param visits the visit counts (of any scheme; those of the model's scheme are paid)
     */
    public Compensator(CompensationModel model, HomeAreas areas, List<Provider> providers, List<VisitCount> visits) {
        this.model = model;
        this.areas = areas;
        this.visits = List.copyOf(visits);
        this.providers = ProviderDays.of(providers, model.scheme());
    }

    /** Returns the model. */
    public CompensationModel model() {
        return model;
    }

    /**
     * Refuses a month the model pays no version for, and a version that weights capitation by the
     * care need index when no home areas are given: what a person chose wrongly, checked before the
     * engine runs (whose own checks are then a caller's fault).
     *
     * @param monthInput the name the month was given under ({@code --month}, a request's field), which the refusal names
     * @param areasInput the name the areas are given under, which the refusal names
     */
    public static void requirePayable(CompensationModel model, YearMonth month, boolean areasGiven, String monthInput,
            String areasInput) {
        ModelVersion version = model.versionFor(month).orElseThrow(() -> new BadInput(Problem.at(monthInput, 0,
                "the model " + model.id() + " has no version for " + month)));
        if (version.careNeedWeighted() && !areasGiven) {
            throw new BadInput(Problem.at(areasInput, 0, "is needed: the model's version from " + version.validFrom()
                    + " weights capitation by the home area's care need index"));
        }
    }

    /** Settles a month reading the listings file, whose problems name it as its path is written. */
    public Compensation settle(YearMonth month, Population population, Path listings, int threads) throws IOException {
        return settle(month, population, listings, listings.toString(), threads);
    }

    /**
     * Settles a month reading the listings file, in {@code threads} parts at once.
     *
     * @param name the name of the listings input, which every problem names
     * @throws IllegalArgumentException if the model has no version for the month, or its version
     *     uses the care need index and no areas were given ({@link #requirePayable} refuses both first)
     * @throws BadInput with the lines of the listings file's first problems
     */
    public Compensation settle(YearMonth month, Population population, Path listings, String name, int threads)
            throws IOException {
        ModelVersion version = version(month);
        ListingsFile.Read read = ListingsFile.read(listings, name, population, model.scheme(), providers.fixed,
                EpochDays.of(month.atDay(1)), EpochDays.of(month.atEndOfMonth()), threads,
                partProviders -> new TableSink(table(version, month, population, partProviders.size()), population, partProviders));
        MonthTable sums = table(version, month, population, read.providers().size());
        for (ListingsFile.Part part : read.parts()) {
            sums.merge(((TableSink) part.sink).table, part.providerMap, read.providers().size());
        }
        MonthSettlement settlement = Payouts.settle(model.scheme(), version, month, sums, read.providers(), providers, visits);
        return new Compensation(settlement, population.size(), read.rows(), read.kept());
    }

    /** Reads the model's scheme's listings into memory; the file's problems name it as its path is written. */
    public LoadedListings load(Population population, Path listings, int threads) throws IOException {
        return load(population, listings, listings.toString(), threads);
    }

    /**
     * Reads the model's scheme's listings into memory, for {@link #settle(YearMonth, Population, LoadedListings, int)}.
     *
     * @param name the name of the listings input, which every problem names
     */
    public LoadedListings load(Population population, Path listings, String name, int threads) throws IOException {
        return new LoadedListings(model.scheme(), ListingsFile.read(listings, name, population, model.scheme(), providers.fixed,
                Integer.MIN_VALUE, Integer.MAX_VALUE, threads, null));
    }

    /** Settles a month over listings already in memory, one thread per part read. */
    public Compensation settle(YearMonth month, Population population, LoadedListings loaded, int threads) throws IOException {
        ModelVersion version = version(month);
        MonthTable sums = sums(version, month, population, loaded, threads);
        MonthSettlement settlement = Payouts.settle(model.scheme(), version, month, sums, loaded.providers, providers, visits);
        return new Compensation(settlement, population.size(), loaded.rows, loaded.inMonth(month));
    }

    /**
     * Answers a what-if ({@link WhatIf}) over listings in memory: the month as it is and as it would
     * be. The movers' days with A are taken out of A's cells and put into B's, as the rules split
     * their listings; every other provider's sums stay as they are.
     *
     * @param input the name the what-if was given under ({@code --what-if}, a request's field), which a refusal names
     * @throws BadInput if A or B is not a provider paid in the month
     */
    public WhatIfResult whatIf(YearMonth month, Population population, LoadedListings loaded, WhatIf whatIf, String input,
            int threads) throws IOException {
        ModelVersion version = version(month);
        MonthTable before = sums(version, month, population, loaded, threads);
        int a = paidProvider(loaded, before, whatIf.from(), month, input);
        int b = paidProvider(loaded, before, whatIf.to(), month, input);
        MonthTable after = before.copy();
        int day = EpochDays.of(whatIf.date());
        int moved = 0;
        for (ListingsFile.Part part : loaded.parts) {
            ListingBatch c = part.columns;
            for (int i = 0; i < c.size && moved < whatIf.residents(); i++) {
                if (c.scheme[i] != 0 || c.provider[i] != a || c.from[i] > day || c.until[i] < day) {
                    continue;
                }
                int r = c.resident[i];
                after.add(population, r, a, c.from[i], c.until[i], -1);
                if (c.from[i] < day) {
                    after.add(population, r, a, c.from[i], day - 1, 1);
                }
                after.add(population, r, b, day, c.until[i], 1);
                moved++;
            }
        }
        return new WhatIfResult(whatIf, moved,
                Payouts.settle(model.scheme(), version, month, before, loaded.providers, providers, visits),
                Payouts.settle(model.scheme(), version, month, after, loaded.providers, providers, visits));
    }

    /** Returns the number of a provider paid in the month, or refuses one that is not. */
    private int paidProvider(LoadedListings loaded, MonthTable sums, String id, YearMonth month, String input) {
        byte[] b = id.getBytes(StandardCharsets.UTF_8);
        boolean visited = visits.stream().anyMatch(v -> v.scheme().equals(model.scheme()) && v.provider().equals(id)
                && YearMonth.from(v.date()).equals(month));
        int p = loaded.providers.find(b, 0, b.length);
        if (p < 0 && !providers.fromFile() && visited) {
            p = loaded.providers.add(b, 0, b.length);
        }
        boolean paid = p >= 0 && providers.openDays(p, month) > 0
                && (providers.fromFile() || (p < sums.seen.length && sums.seen[p]) || visited);
        if (!paid) {
            throw new BadInput(Problem.at(input, 0, "'" + id + "' is not a provider of scheme " + model.scheme() + " paid in "
                    + month));
        }
        return p;
    }

    private MonthTable sums(ModelVersion version, YearMonth month, Population population, LoadedListings loaded, int threads)
            throws IOException {
        if (!loaded.scheme.equals(model.scheme())) {
            throw new IllegalArgumentException("the listings were loaded for scheme " + loaded.scheme + ", not " + model.scheme());
        }
        int count = loaded.providers.size();
        List<MonthTable> tables = new ArrayList<>();
        List<Callable<Void>> work = new ArrayList<>();
        for (ListingsFile.Part part : loaded.parts) {
            MonthTable table = table(version, month, population, count);
            tables.add(table);
            work.add(() -> {
                table.add(part.columns, population, count);
                return null;
            });
        }
        Parallel.run(work, threads);
        // the parts' listings already carry the file-wide provider numbers: map each to itself
        int[] same = new int[count];
        for (int p = 0; p < count; p++) {
            same[p] = p;
        }
        MonthTable sums = tables.get(0);
        for (int k = 1; k < tables.size(); k++) {
            sums.merge(tables.get(k), same, count);
        }
        return sums;
    }

    private ModelVersion version(YearMonth month) {
        ModelVersion version = model.versionFor(month).orElseThrow(() -> new IllegalArgumentException(
                "the model " + model.id() + " has no version for " + month));
        if (version.careNeedWeighted() && areas == null) {
            throw new IllegalArgumentException("the model's version from " + version.validFrom()
                    + " weights capitation by the care need index, so the home areas are needed");
        }
        return version;
    }

    private MonthTable table(ModelVersion version, YearMonth month, Population population, int count) {
        return new MonthTable(version, EpochDays.of(month.atDay(1)), EpochDays.of(month.atEndOfMonth()), month.getYear(),
                population, areas == null ? null : areas.index, providers.open, providers.close, count);
    }

    /** Sums each batch of a part into its table. */
    private static final class TableSink implements Consumer<ListingBatch> {
        final MonthTable table;
        private final Population population;
        private final ByteDictionary partProviders;

        TableSink(MonthTable table, Population population, ByteDictionary partProviders) {
            this.table = table;
            this.population = population;
            this.partProviders = partProviders;
        }

        @Override
        public void accept(ListingBatch batch) {
            table.add(batch, population, partProviders.size());
        }
    }
}
