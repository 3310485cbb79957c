package se.regionkarta.carechoice.compensation;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * The fixed parts of a synthetic county (see {@link PopulationGenerator}): home areas with their
 * care need index, and health centres with ownership and the days they are open. Centre k is the
 * nearest centre of the areas around area k × areas / centres.
 */
final class County {

    static final byte[] F = ",F,".getBytes(StandardCharsets.US_ASCII);
    static final byte[] M = ",M,".getBytes(StandardCharsets.US_ASCII);
    private static final int DATE_YEARS_BEFORE = 40;

    final int year;
    final int areas;
    final int providers;
    final byte[][] areaIds;
    final byte[][] providerIds;
    final int[] careNeed;
    final int[] open;
    final int[] close;
    final boolean[] regionRun;
    private final int firstDate;
    private final byte[][] dates;

    County(int residents, int year, SplittableRandom random) {
        this.year = year;
        areas = Math.max(1, Math.round(residents / (float) 1_500));
        providers = Math.min(ListingsReader.MAX_PROVIDERS, Math.max(2, Math.round(residents / (float) 8_000)));
        firstDate = EpochDays.firstOfYear(year - DATE_YEARS_BEFORE);
        int lastDate = EpochDays.firstOfYear(year + 2) - 1;
        dates = new byte[lastDate - firstDate + 1][];
        for (int d = firstDate; d <= lastDate; d++) {
            dates[d - firstDate] = EpochDays.date(d).toString().getBytes(StandardCharsets.US_ASCII);
        }
        areaIds = new byte[areas][];
        careNeed = new int[areas];
        for (int a = 0; a < areas; a++) {
            areaIds[a] = String.format("A%05d", a + 1).getBytes(StandardCharsets.US_ASCII);
            double index = Math.exp(random.nextGaussian() * 0.3);
            careNeed[a] = (int) Math.round(Math.max(0.40, Math.min(3.50, index)) * 10_000);
        }
        providerIds = new byte[providers][];
        open = new int[providers];
        close = new int[providers];
        regionRun = new boolean[providers];
        int first = EpochDays.firstOfYear(year);
        int days = EpochDays.firstOfYear(year + 1) - first;
        for (int p = 0; p < providers; p++) {
            providerIds[p] = String.format(providers > 9_999 ? "hc-%05d" : "hc-%04d", p + 1).getBytes(StandardCharsets.US_ASCII);
            regionRun[p] = random.nextInt(100) < 65;
            // established long before any listing (listings begin at most ten years before the year)
            open[p] = EpochDays.firstOfYear(year - 30) + random.nextInt(365 * 19);
            close[p] = EpochDays.OPEN_END;
            int fate = random.nextInt(100);
            if (p >= 2 && providers >= 10 && fate < 3) {
                close[p] = first + 30 + random.nextInt(days - 60);
            } else if (p >= 2 && providers >= 10 && fate < 6) {
                open[p] = first + 30 + random.nextInt(days - 60);
            }
        }
    }

    /** Returns the ten bytes {@code YYYY-MM-DD} of a day. */
    byte[] date(int epochDay) {
        return dates[epochDay - firstDate];
    }

    /** Picks the first centre of a resident of the area: mostly the nearest, open before the year. */
    int initial(int area, SplittableRandom random) {
        int first = EpochDays.firstOfYear(year);
        for (int attempt = 0; attempt < 16; attempt++) {
            int p = random.nextInt(100) < 80 ? near(area, random) : random.nextInt(providers);
            if (open[p] < first - 3652) {
                return p;
            }
        }
        return 0;
    }

    /** Picks another centre than {@code current}, open on {@code day}: near the area or anywhere. */
    int another(int area, int current, int day, SplittableRandom random) {
        for (int attempt = 0; attempt < 16; attempt++) {
            int p = random.nextInt(100) < 60 ? near(area, random) : random.nextInt(providers);
            if (p != current && open[p] <= day && close[p] >= day) {
                return p;
            }
        }
        for (int p = 0; p < providers; p++) {
            if (p != current && open[p] <= day && close[p] >= day) {
                return p;
            }
        }
        return current == 0 ? 1 : 0;
    }

    /** Returns one of the three centres nearest the area. */
    private int near(int area, SplittableRandom random) {
        int home = (int) ((long) area * providers / areas);
        int p = home + random.nextInt(3) - 1;
        return Math.floorMod(p, providers);
    }

    void writeAreas(Path file) throws IOException {
        try (CsvOut out = new CsvOut(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.text(HomeAreas.HEADER);
            out.endRow();
            for (int a = 0; a < areas; a++) {
                out.bytes(areaIds[a]);
                out.comma();
                out.text(new se.regionkarta.carechoice.compensation.model.CareNeedIndex(careNeed[a]).toString());
                out.endRow();
            }
        }
    }

    void writeProviders(Path file) throws IOException {
        try (CsvOut out = new CsvOut(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.text(ProvidersCsv.HEADER);
            out.endRow();
            for (int p = 0; p < providers; p++) {
                out.bytes(providerIds[p]);
                out.comma();
                out.text(PopulationGenerator.SCHEME);
                out.text(regionRun[p] ? ",region-run," : ",private,");
                out.bytes(date(open[p]));
                out.comma();
                if (close[p] != EpochDays.OPEN_END) {
                    out.bytes(date(close[p]));
                }
                out.endRow();
            }
        }
    }

    /**
     * Writes visit counts for every weekday a centre is open in the year: about two visits a listed
     * resident a year at each centre (475 000 visits for about 250 000 residents in Kalmar's primary
     * care in 2024), a tenth more by patients listed elsewhere or not at all.
     */
    long writeVisits(Path file, SplittableRandom random) throws IOException {
        long rows = 0;
        int first = EpochDays.firstOfYear(year);
        int last = EpochDays.firstOfYear(year + 1) - 1;
        try (CsvOut out = new CsvOut(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.text(VisitsCsv.HEADER);
            out.endRow();
            for (int p = 0; p < providers; p++) {
                int perDay = Math.max(1, (int) (8_000 * 2.0 / 250 * (0.7 + 0.6 * random.nextDouble())));
                for (int d = Math.max(first, open[p]); d <= Math.min(last, close[p]); d++) {
                    if (Math.floorMod(d + 3, 7) >= 5) {
                        continue;
                    }
                    rows += visits(out, p, d, "listed", perDay / 2 + random.nextInt(perDay + 1));
                    rows += visits(out, p, d, "other", 1 + random.nextInt(Math.max(1, perDay / 5)));
                }
            }
        }
        return rows;
    }

    private int visits(CsvOut out, int p, int day, String patient, int n) throws IOException {
        out.text(PopulationGenerator.SCHEME);
        out.comma();
        out.bytes(providerIds[p]);
        out.comma();
        out.bytes(date(day));
        out.comma();
        out.text(patient);
        out.comma();
        out.number(n);
        out.endRow();
        return 1;
    }
}
