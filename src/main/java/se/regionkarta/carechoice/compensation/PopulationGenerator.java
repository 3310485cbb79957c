package se.regionkarta.carechoice.compensation;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Writes a synthetic county for the compensation engine (docs/carechoice.md): residents with an
 * age pyramid of Sweden's shape, home areas with a care need index, health centres (some opening
 * or closing during the year) and a year of listing changes, plus visit counts and the
 * illustrative model. No names, no personal identity numbers, no birth dates: a resident is a
 * serial number, a year of birth, a sex and an area. The same arguments give the same files, byte
 * for byte (one {@link SplittableRandom} from the seed, drawn in a fixed order).
 *
 * <p>How it is made: about one home area per 1 500 residents and one health centre per 8 000;
 * a care need index per area drawn around 1 (log-normal, 0.40–3.50); 98 % of residents listed,
 * from a day in the ten years before the year (those born in the year from a day in it), mostly
 * with the centre nearest their area. The {@code changes} are spread over the residents (the number
 * of each resident's is drawn so that they add up exactly) on days of the year; a change picks
 * another centre, near or anywhere, open on the day the new listing begins. When a centre closes,
 * its residents are moved on its last day, and those moves count among the changes.
 */
public final class PopulationGenerator {

    /** The scheme of the generated listings, which the illustrative model pays. */
    public static final String SCHEME = "example.vardval";
    /** The files written, in the directory given. */
    public static final String RESIDENTS = "residents.csv";
    public static final String LISTINGS = "listings.csv";
    public static final String AREAS = "areas.csv";
    public static final String PROVIDERS = "providers.csv";
    public static final String VISITS = "visits.csv";
    public static final String MODEL = "model.yaml";

    private static final byte[] SCHEME_BYTES = SCHEME.getBytes(StandardCharsets.US_ASCII);
    private static final int RESIDENTS_PER_AREA = 1_500;
    private static final int RESIDENTS_PER_PROVIDER = 8_000;

    /** What was written. */
    public record Summary(long residents, long listed, long listings, long changes, int areas, int providers, long visitRows) {
    }

    private final AgePyramid pyramid = new AgePyramid();

    /**
     * Writes the files into {@code dir}.
     *
     * @param changes listing changes in the year; at most 50 a resident
     */
    public Summary write(Path dir, int residents, long changes, int year, long seed) throws IOException {
        if (residents < 1 || changes < 0 || changes > 50L * residents) {
            throw new IllegalArgumentException("at least one resident and from 0 to 50 changes a resident are needed");
        }
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(seed);
        County county = new County(residents, year, random);
        county.writeAreas(dir.resolve(AREAS));
        county.writeProviders(dir.resolve(PROVIDERS));
        long[] counts;
        try (CsvOut people = out(dir.resolve(RESIDENTS)); CsvOut listings = out(dir.resolve(LISTINGS))) {
            people.text(Population.HEADER);
            people.endRow();
            listings.text(ListingsReader.HEADER);
            listings.endRow();
            counts = new Residents(county, random, people, listings).write(residents, changes);
        }
        long visitRows = county.writeVisits(dir.resolve(VISITS), random);
        try (InputStream model = PopulationGenerator.class.getResourceAsStream("/carechoice/illustrative-model.yaml")) {
            Files.write(dir.resolve(MODEL), model.readAllBytes());
        }
        return new Summary(residents, counts[0], counts[1], counts[2], county.areas, county.providers, visitRows);
    }

    private static CsvOut out(Path file) throws IOException {
        return new CsvOut(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    /** The residents and their listings, written one resident at a time, in order of id. */
    private final class Residents {
        private final County county;
        private final SplittableRandom random;
        private final CsvOut people;
        private final CsvOut out;
        private final int first;
        private final int last;
        private long listed;
        private long rows;
        private long made;
        private long remaining;
        private int[] days = new int[8];

        Residents(County county, SplittableRandom random, CsvOut people, CsvOut out) {
            this.county = county;
            this.random = random;
            this.people = people;
            this.out = out;
            this.first = EpochDays.firstOfYear(county.year);
            this.last = EpochDays.firstOfYear(county.year + 1) - 1;
        }

        long[] write(int residents, long changes) throws IOException {
            remaining = changes;
            for (int i = 0; i < residents; i++) {
                int age = pyramid.age(random);
                int sex = AgePyramid.sex(random, age);
                int area = random.nextInt(county.areas);
                int birthYear = county.year - age;
                people.number(i + 1L);
                people.comma();
                people.number(birthYear);
                people.bytes(sex == 0 ? County.F : County.M);
                people.bytes(county.areaIds[area]);
                people.endRow();
                int k = i == residents - 1 ? (int) Math.min(remaining, 365) : draw(remaining, residents - i);
                if (k == 0 && random.nextInt(100) < 2) {
                    continue;
                }
                remaining -= k;
                listed++;
                timeline(i + 1, birthYear, area, k);
            }
            return new long[] {listed, rows, made};
        }

        /** Draws how many of the changes left fall on this resident: Poisson with the mean left per resident. */
        private int draw(long left, int residentsLeft) {
            if (left == 0) {
                return 0;
            }
            double mean = (double) left / residentsLeft;
            double p = Math.exp(-mean);
            double u = random.nextDouble();
            int k = 0;
            double cumulative = p;
            while (u > cumulative && k < 365) {
                k++;
                p *= mean / k;
                cumulative += p;
            }
            return (int) Math.min(k, left);
        }

        /** Writes a resident's listings: the first one, and one more for each change. */
        private void timeline(int id, int birthYear, int area, int k) throws IOException {
            int from = birthYear == county.year ? first + random.nextInt(last - first - 30)
                    : Math.max(EpochDays.firstOfYear(birthYear), first - 3652) + random.nextInt(
                            first - Math.max(EpochDays.firstOfYear(birthYear), first - 3652));
            int provider = county.initial(area, random);
            int n = changeDays(Math.max(from, first), k);
            remaining += k - n;
            int next = 0;
            while (true) {
                int change = next < n ? days[next] : Integer.MAX_VALUE;
                int closes = county.close[provider];
                if (closes < change && closes >= from && remaining > 0) {
                    remaining--;
                    change = closes;
                } else if (next < n) {
                    next++;
                } else {
                    row(id, provider, from, EpochDays.OPEN_END);
                    return;
                }
                row(id, provider, from, change);
                made++;
                from = change + 1;
                provider = county.another(area, provider, from, random);
            }
        }

        /** Draws k different days of the year on or after {@code from} into {@link #days}, in order; returns how many. */
        private int changeDays(int from, int k) {
            int window = last - from + 1;
            k = Math.min(k, Math.max(0, window));
            if (days.length < k) {
                days = new int[k];
            }
            int n = 0;
            while (n < k) {
                int day = from + random.nextInt(window);
                boolean seen = false;
                for (int j = 0; j < n; j++) {
                    seen |= days[j] == day;
                }
                if (!seen) {
                    days[n++] = day;
                }
            }
            Arrays.sort(days, 0, n);
            return n;
        }

        private void row(int id, int provider, int from, int until) throws IOException {
            out.number(id);
            out.comma();
            out.bytes(SCHEME_BYTES);
            out.comma();
            out.bytes(county.providerIds[provider]);
            out.comma();
            out.bytes(county.date(from));
            out.comma();
            if (until != EpochDays.OPEN_END) {
                out.bytes(county.date(until));
            }
            out.endRow();
            rows++;
        }
    }
}
