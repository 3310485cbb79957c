package se.regionkarta.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The seats of an assembly drawn as a hemicycle: rows of seats on concentric half circles, filled
 * party by party from left to right so that each party holds one wedge. A pure function of the
 * seat counts: the same counts always give the same drawing.
 *
 * <p>Geometry, in a frame whose outer row has radius 1 around the origin: with {@code r} rows the
 * row pitch is {@code 0.6 / r}, row {@code i} (outermost 0) has radius {@code 1 - pitch/2 - i·pitch}
 * and room for {@code floor(π·R/pitch) + 1} seats at least one pitch apart. The fewest rows with
 * room for all seats are used, the seats are shared among the rows in proportion to their radius
 * (largest remainder), spread evenly along each half circle, and then taken in order of angle
 * from the left. A seat's radius is 0.4 pitch, at most {@link #MAX_SEAT}.
 *
 * @param seats every seat, in order from the left
 * @param seatRadius the radius of one seat's circle, in the frame's units (scaled by {@link #SCALE})
 */
public record Hemicycle(List<Seat> seats, double seatRadius) {

    /** SVG units per unit of the frame. */
    public static final double SCALE = 200;
    /** The largest seat radius, in the frame's units: small assemblies get seats no larger than this. */
    static final double MAX_SEAT = 0.06;
    /** Where the centre of the half circles is, in the frame's units from the top left. */
    static final double CENTRE = 1 + MAX_SEAT / 2;
    /** The width and height of the drawing in SVG units, and the centre of the half circles. */
    public static final int WIDTH = (int) Math.ceil(2 * CENTRE * SCALE);
    public static final int HEIGHT = (int) Math.ceil((CENTRE + MAX_SEAT) * SCALE);
    public static final int CENTRE_X = (int) Math.round(CENTRE * SCALE);

    /** One party's seats and the colour to draw them in. */
    public record Group(String partyId, int seats, String colour) {
    }

    /** One seat: where it is (SVG units, origin top left) and whose it is. */
    public record Seat(double x, double y, String partyId, String colour) {

        public String cx() {
            return String.format(Locale.ROOT, "%.2f", x);
        }

        public String cy() {
            return String.format(Locale.ROOT, "%.2f", y);
        }
    }

    /** Lays out the seats of the given parties, in the order given. */
    public static Hemicycle of(List<Group> groups) {
        int total = groups.stream().mapToInt(Group::seats).sum();
        if (total <= 0) {
            return new Hemicycle(List.of(), 0);
        }
        int rows = 1;
        while (capacity(rows) < total) {
            rows++;
        }
        double pitch = 0.6 / rows;
        int[] perRow = share(total, rows, pitch);
        List<double[]> places = new ArrayList<>(); // {angle, radius}
        for (int i = 0; i < rows; i++) {
            double radius = radius(i, pitch);
            for (int k = 0; k < perRow[i]; k++) {
                double angle = perRow[i] == 1 ? Math.PI / 2 : Math.PI * (1 - (double) k / (perRow[i] - 1));
                places.add(new double[] {angle, radius});
            }
        }
        places.sort(Comparator.<double[]>comparingDouble(p -> -p[0]).thenComparingDouble(p -> p[1]));
        List<Seat> seats = new ArrayList<>(total);
        int next = 0;
        for (Group g : groups) {
            for (int n = 0; n < g.seats(); n++, next++) {
                double[] p = places.get(next);
                double x = (CENTRE + p[1] * Math.cos(p[0])) * SCALE;
                double y = (CENTRE - p[1] * Math.sin(p[0])) * SCALE;
                seats.add(new Seat(x, y, g.partyId(), g.colour()));
            }
        }
        return new Hemicycle(List.copyOf(seats), Math.min(pitch * 0.4, MAX_SEAT) * SCALE);
    }

    /** Returns the seat radius as SVG text. */
    public String radiusText() {
        return String.format(Locale.ROOT, "%.2f", seatRadius);
    }

    static int capacity(int rows) {
        double pitch = 0.6 / rows;
        int sum = 0;
        for (int i = 0; i < rows; i++) {
            sum += rowCapacity(radius(i, pitch), pitch);
        }
        return sum;
    }

    private static double radius(int row, double pitch) {
        return 1 - pitch / 2 - row * pitch;
    }

    private static int rowCapacity(double radius, double pitch) {
        return (int) Math.floor(Math.PI * radius / pitch) + 1;
    }

    /** Shares the seats among the rows in proportion to their radius, by largest remainder, within each row's room. */
    private static int[] share(int total, int rows, double pitch) {
        double sumRadius = 0;
        for (int i = 0; i < rows; i++) {
            sumRadius += radius(i, pitch);
        }
        int[] perRow = new int[rows];
        double[] remainder = new double[rows];
        int given = 0;
        for (int i = 0; i < rows; i++) {
            double exact = total * radius(i, pitch) / sumRadius;
            perRow[i] = Math.min((int) Math.floor(exact), rowCapacity(radius(i, pitch), pitch));
            remainder[i] = exact - perRow[i];
            given += perRow[i];
        }
        while (given < total) {
            int best = -1;
            for (int i = 0; i < rows; i++) {
                boolean room = perRow[i] < rowCapacity(radius(i, pitch), pitch);
                if (room && (best < 0 || remainder[i] > remainder[best])) {
                    best = i;
                }
            }
            perRow[best]++;
            remainder[best] -= 1;
            given++;
        }
        return perRow;
    }
}
