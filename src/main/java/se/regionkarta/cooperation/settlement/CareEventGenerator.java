package se.regionkarta.cooperation.settlement;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import se.regionkarta.cooperation.settlement.model.CareKind;
import se.regionkarta.cooperation.settlement.model.PriceList;
import se.regionkarta.cooperation.settlement.model.PriceLists;
import se.regionkarta.cooperation.settlement.model.Tariff;

/**
 * Writes synthetic care events sold between regions, so that the settlement can be measured at
 * national scale without patient data. Nothing in an event identifies a person. The same
 * geography, count, year and seed always give the same file, byte for byte.
 *
 * <p>The mix (docs/settlement.md): the patient's home region is drawn by population; the
 * providing region mostly ({@value #OWN_HUBS} of the weight) the region of a university hospital
 * of the home region's healthcare region, then other members of it, university hospital regions
 * of other healthcare regions, and the rest of the country, each by population (a region that
 * belongs to two healthcare regions splits evenly). 80 % of events are outpatient visits over 20
 * specialties, 14 % inpatient stays of 1–60 days, 6 % DRG-priced episodes weighing 0.2–15 points,
 * most of them light. Dates cover the year with fewer events at weekends, in July and at Christmas.
 */
public final class CareEventGenerator {

    static final double OWN_HUBS = 0.70;
    private static final double OWN_MEMBERS = 0.12;
    private static final double OTHER_HUBS = 0.12;
    private static final double OTHERS = 0.06;
    private static final double VISIT_SHARE = 0.80;
    private static final double DAY_SHARE = 0.14;

    /** Specialty, weight among visits, price per visit in öre (the price list of the generated year). */
    private static final Object[][] SPECIALTIES = {
        {"kardiologi", 9, 345_000}, {"onkologi", 10, 412_050}, {"ortopedi", 9, 298_000}, {"neurologi", 6, 331_025},
        {"neurokirurgi", 3, 564_000}, {"thoraxkirurgi", 2, 621_000}, {"kirurgi", 8, 302_575}, {"urologi", 5, 287_000},
        {"kvinnosjukvard", 5, 254_000}, {"barnmedicin", 6, 276_050}, {"barnkirurgi", 2, 389_000},
        {"ogonsjukvard", 7, 198_000}, {"oron-nasa-hals", 5, 212_000}, {"hudsjukvard", 4, 176_000},
        {"psykiatri", 6, 235_000}, {"reumatologi", 3, 269_000}, {"endokrinologi", 3, 247_000},
        {"hematologi", 3, 438_000}, {"plastikkirurgi", 2, 364_000}, {"infektion", 2, 291_000},
    };
    /** A ward with a price per day of its own; every other ward has the common day price. */
    private static final String INTENSIVE_CARE = "intensivvard";
    private static final long DAY_PRICE = 985_000;
    private static final long INTENSIVE_DAY_PRICE = 4_230_000;
    private static final long POINT_PRICE = 6_841_237;
    private static final String[] DRG_CODES = {
        "B70C", "B76D", "C15B", "D11A", "E62B", "E65B", "F05A", "F10B", "F46A", "F62C", "F67B", "G07B", "G12A",
        "H01B", "I03B", "I04A", "I08B", "I21C", "J06A", "L03B", "M01B", "N04A", "O60C", "P67B", "R61A", "S62A",
        "T60B", "U61A", "V60B", "X60C",
    };

    private final CareGeography geography;

    public CareEventGenerator(CareGeography geography) {
        this.geography = geography;
    }

    /**
     * Returns the price lists for the year and the year before (prices 3 % lower), matching the
     * codes the generator writes: a price per visit per specialty, one price per day with a higher
     * one for intensive care, one price per DRG point.
     */
    public PriceLists priceLists(int year) {
        List<PriceList> lists = new ArrayList<>();
        for (int y = year - 1; y <= year; y++) {
            Map<Tariff, Long> prices = new LinkedHashMap<>();
            boolean earlier = y < year;
            for (Object[] s : SPECIALTIES) {
                prices.put(new Tariff(CareKind.VISIT, (String) s[0]), adjust(((Integer) s[2]).longValue(), earlier));
            }
            prices.put(Tariff.anyCode(CareKind.DAY), adjust(DAY_PRICE, earlier));
            prices.put(new Tariff(CareKind.DAY, INTENSIVE_CARE), adjust(INTENSIVE_DAY_PRICE, earlier));
            prices.put(Tariff.anyCode(CareKind.DRG), adjust(POINT_PRICE, earlier));
            lists.add(new PriceList(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), prices));
        }
        return new PriceLists(lists);
    }

    private static long adjust(long price, boolean earlier) {
        return earlier ? price * 97 / 100 : price;
    }

    /** Writes the price lists as CSV (docs/settlement.md). */
    public static void writePrices(PriceLists lists, OutputStream file) throws IOException {
        StringBuilder out = new StringBuilder(PricesCsv.HEADER).append('\n');
        for (PriceList list : lists.versions()) {
            list.sorted().forEach((tariff, price) -> out.append(list.validFrom()).append(',')
                    .append(list.validUntil() == null ? "" : list.validUntil()).append(',').append(tariff.kind().code())
                    .append(',').append(tariff.code()).append(',').append(se.regionkarta.cooperation.settlement.model.Sek
                            .format(price)).append('\n'));
        }
        file.write(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code events} events dated in the year to the stream, as CSV with its header. */
    public void write(OutputStream out, long events, int year, long seed) throws IOException {
        Draw draw = new Draw(year, seed);
        CsvBytes csv = new CsvBytes(out);
        csv.text(EventsCsv.HEADER + "\n");
        for (long n = 0; n < events; n++) {
            draw.event(csv);
        }
        csv.flush();
    }

    /** The random choices of one file, prepared as cumulative weights and bytes to copy. */
    private final class Draw {
        final SplittableRandom random;
        final double[] homes;
        final double[][] providers;
        final byte[][] regionIds;
        final byte[][][] units;
        final double[] days;
        final byte[][] dates;
        final double[] specialties;
        final byte[][] specialtyCodes;
        final byte[][] drgCodes;
        final byte[] intensive = INTENSIVE_CARE.getBytes(StandardCharsets.US_ASCII);

        Draw(int year, long seed) {
            random = new SplittableRandom(seed);
            List<CareGeography.Region> regions = geography.regions();
            homes = cumulative(regions.stream().mapToDouble(r -> r.population()).toArray());
            providers = new double[regions.size()][];
            regionIds = new byte[regions.size()][];
            units = new byte[regions.size()][][];
            for (int i = 0; i < regions.size(); i++) {
                providers[i] = cumulative(providerWeights(i));
                regionIds[i] = bytes(regions.get(i).id());
                units[i] = regions.get(i).units().stream().map(CareEventGenerator::bytes).toArray(byte[][]::new);
            }
            LocalDate first = LocalDate.of(year, 1, 1);
            int length = first.lengthOfYear();
            double[] dayWeights = new double[length];
            dates = new byte[length][];
            for (int d = 0; d < length; d++) {
                LocalDate day = first.plusDays(d);
                dayWeights[d] = dayWeight(day);
                dates[d] = bytes(day.toString());
            }
            days = cumulative(dayWeights);
            specialties = cumulative(Arrays.stream(SPECIALTIES).mapToDouble(s -> (Integer) s[1]).toArray());
            specialtyCodes = Arrays.stream(SPECIALTIES).map(s -> bytes((String) s[0])).toArray(byte[][]::new);
            drgCodes = Arrays.stream(DRG_CODES).map(CareEventGenerator::bytes).toArray(byte[][]::new);
        }

        void event(CsvBytes csv) throws IOException {
            int home = pick(homes);
            int provider = pick(providers[home]);
            byte[][] providerUnits = units[provider];
            csv.field(regionIds[home]);
            csv.field(regionIds[provider]);
            csv.field(providerUnits[providerUnits.length == 1 ? 0 : random.nextInt(providerUnits.length)]);
            csv.field(dates[pick(days)]);
            double kind = random.nextDouble();
            if (kind < VISIT_SHARE) {
                csv.field(CsvBytes.VISIT);
                csv.field(specialtyCodes[pick(specialties)]);
                double u = random.nextDouble();
                csv.number(u < 0.92 ? 1 : u < 0.98 ? 2 : 3);
            } else if (kind < VISIT_SHARE + DAY_SHARE) {
                csv.field(CsvBytes.DAY);
                csv.field(random.nextDouble() < 0.05 ? intensive : specialtyCodes[pick(specialties)]);
                csv.number(Math.min(60, 1 + (long) (-Math.log(1 - random.nextDouble()) * 3.5)));
            } else {
                csv.field(CsvBytes.DRG);
                csv.field(drgCodes[random.nextInt(drgCodes.length)]);
                double u = random.nextDouble();
                long weight = Math.round(2_000 * Math.pow(75, u * u));
                csv.points(Math.max(2_000, Math.min(150_000, weight)));
            }
            csv.endRow();
        }

        int pick(double[] cumulative) {
            double u = random.nextDouble() * cumulative[cumulative.length - 1];
            int i = Arrays.binarySearch(cumulative, u);
            return Math.min(cumulative.length - 1, i >= 0 ? i + 1 : -i - 1);
        }
    }

    /** Weights of the providing regions for patients from region {@code home}; 0 for home itself. */
    double[] providerWeights(int home) {
        List<CareGeography.Region> regions = geography.regions();
        String homeId = regions.get(home).id();
        List<CareGeography.Area> areas = geography.healthcareRegions().stream()
                .filter(a -> a.members().contains(homeId)).toList();
        double[] weights = new double[regions.size()];
        List<CareGeography.Area> own = areas.isEmpty()
                ? List.of(new CareGeography.Area(homeId, List.of(homeId), List.of(homeId))) : areas;
        for (CareGeography.Area area : own) {
            double[][] buckets = new double[4][regions.size()];
            for (int r = 0; r < regions.size(); r++) {
                String id = regions.get(r).id();
                if (r == home) {
                    continue;
                }
                boolean hub = geography.healthcareRegions().stream().anyMatch(a -> a.hubs().contains(id));
                int bucket = area.hubs().contains(id) ? 0 : area.members().contains(id) ? 1 : hub ? 2 : 3;
                buckets[bucket][r] = regions.get(r).population();
            }
            double[] shares = {OWN_HUBS, OWN_MEMBERS, OTHER_HUBS, OTHERS};
            double used = 0;
            for (int b = 0; b < 4; b++) {
                used += Arrays.stream(buckets[b]).sum() > 0 ? shares[b] : 0;
            }
            for (int b = 0; b < 4; b++) {
                double sum = Arrays.stream(buckets[b]).sum();
                for (int r = 0; r < regions.size() && sum > 0; r++) {
                    weights[r] += buckets[b][r] / sum * shares[b] / used / own.size();
                }
            }
        }
        return weights;
    }

    /** Fewer events at weekends, in July and from Christmas Eve. */
    private static double dayWeight(LocalDate day) {
        double weight = day.getDayOfWeek() == DayOfWeek.SATURDAY ? 0.25 : day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0.2 : 1;
        if (day.getMonth() == Month.JULY) {
            weight *= 0.55;
        }
        if (day.getMonth() == Month.DECEMBER && day.getDayOfMonth() >= 24) {
            weight *= 0.6;
        }
        return weight;
    }

    private static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        return c;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
