package se.regionkarta.carechoice.compensation;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import se.regionkarta.carechoice.compensation.model.AgeBand;

/**
 * How many residents are listed with each provider of each scheme on one day, by age band: the
 * age a resident turns in the day's year, as in the settlement.
 *
 * @param rows one row per scheme and provider with anyone listed, ordered by scheme and provider
 * @param listingRows the rows of the listings file
 */
public record ListingCounts(LocalDate day, List<AgeBand> bands, List<Row> rows, long listingRows) {

    /**
     * The residents listed with one provider.
     *
     * @param byBand residents in each band, in the order of the bands
     * @param otherAges residents at ages no band covers
     */
    public record Row(String scheme, String provider, long[] byBand, long otherAges) {
        /** Returns everyone listed with the provider that day. */
        public long total() {
            long sum = otherAges;
            for (long n : byBand) {
                sum += n;
            }
            return sum;
        }
    }

    /** The default bands of the {@code listings} command when no model is given. */
    public static final List<AgeBand> DEFAULT_BANDS = List.of(AgeBand.of(0, 0, 0), AgeBand.of(1, 4, 0), AgeBand.of(5, 14, 0),
            AgeBand.of(15, 24, 0), AgeBand.of(25, 44, 0), AgeBand.of(45, 64, 0), AgeBand.of(65, 74, 0), AgeBand.of(75, 84, 0),
            AgeBand.of(85, null, 0));

    public ListingCounts {
        bands = List.copyOf(bands);
        rows = List.copyOf(rows);
    }

    /**
     * Counts the listings of the file that cover the day.
     *
     * @param provider count only this provider, or null for all
     */
    public static ListingCounts count(Path listings, Population population, LocalDate day, List<AgeBand> bands, String provider,
            int threads) throws IOException {
        int d = EpochDays.of(day);
        int[] bandOfAge = new int[AgeBand.MAX_AGE + 2];
        for (int age = 0; age < bandOfAge.length; age++) {
            bandOfAge[age] = bands.size();
            for (int b = 0; b < bands.size(); b++) {
                if (bands.get(b).contains(age)) {
                    bandOfAge[age] = b;
                }
            }
        }
        int width = bands.size() + 1;
        ListingsFile.Read read = ListingsFile.read(listings, listings.toString(), population, null, null, d, d, threads,
                partProviders -> new Counter(population, day.getYear(), bandOfAge, width));
        List<Row> rows = new ArrayList<>();
        long[][][] merged = new long[read.schemes().size()][read.providers().size()][];
        for (ListingsFile.Part part : read.parts()) {
            Counter counter = (Counter) part.sink;
            for (int key = 0; key < counter.counts.size(); key++) {
                long[] counts = counter.counts.get(key);
                if (counts == null) {
                    continue;
                }
                int s = part.schemeMap[key / Counter.PROVIDERS];
                int p = part.providerMap[key % Counter.PROVIDERS];
                long[] into = merged[s][p] == null ? (merged[s][p] = new long[width]) : merged[s][p];
                for (int b = 0; b < width; b++) {
                    into[b] += counts[b];
                }
            }
        }
        for (int s = 0; s < merged.length; s++) {
            for (int p = 0; p < merged[s].length; p++) {
                long[] c = merged[s][p];
                if (c != null && (provider == null || provider.equals(read.providers().word(p)))) {
                    rows.add(new Row(read.schemes().word(s), read.providers().word(p), java.util.Arrays.copyOf(c, bands.size()),
                            c[bands.size()]));
                }
            }
        }
        rows.sort(Comparator.comparing(Row::scheme).thenComparing(Row::provider));
        return new ListingCounts(day, bands, rows, read.rows());
    }

    /** Counts one part's listings by the part's own scheme and provider numbers. */
    private static final class Counter implements Consumer<ListingBatch> {
        static final int PROVIDERS = ListingsReader.MAX_PROVIDERS + 1;
        final List<long[]> counts = new ArrayList<>();
        private final Population population;
        private final int year;
        private final int[] bandOfAge;
        private final int width;

        Counter(Population population, int year, int[] bandOfAge, int width) {
            this.population = population;
            this.year = year;
            this.bandOfAge = bandOfAge;
            this.width = width;
        }

        @Override
        public void accept(ListingBatch batch) {
            for (int i = 0; i < batch.size; i++) {
                int key = (batch.scheme[i] & 0xFF) * PROVIDERS + batch.provider[i];
                while (counts.size() <= key) {
                    counts.add(null);
                }
                long[] c = counts.get(key);
                if (c == null) {
                    c = new long[width];
                    counts.set(key, c);
                }
                int r = batch.resident[i];
                c[bandOfAge[Math.min(year - population.birthYears[r], bandOfAge.length - 1)]]++;
            }
        }
    }
}
