package se.regionkarta.carechoice.compensation;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import se.regionkarta.carechoice.compensation.model.Resident;
import se.regionkarta.carechoice.compensation.model.Sex;
import se.regionkarta.cli.Columns;
import se.regionkarta.fastcsv.ByteDictionary;
import se.regionkarta.fastcsv.FileParts;
import se.regionkarta.input.BadInput;

/**
 * The residents of a residents file (docs/carechoice.md), held as four primitive columns in the
 * order of their ids: id, year of birth, sex and home area (a number in the areas' dictionary),
 * nine bytes a resident. Since the file is in order of id, and the listings file in order of
 * resident, listings find their resident by walking forward, not by looking up.
 */
public final class Population {

    /** The residents file's header. */
    public static final String HEADER = "resident,birth_year,sex,home_area";
    /** The most home areas a file may name. */
    static final int MAX_AREAS = 65_535;

    final int[] ids;
    final short[] birthYears;
    final byte[] sexes;
    final char[] areas;
    final int size;
    /** The home areas by number; those of the areas file when one was given. */
    final ByteDictionary areaIds;
    final long rows;

    private Population(int[] ids, short[] birthYears, byte[] sexes, char[] areas, int size, ByteDictionary areaIds, long rows) {
        this.ids = ids;
        this.birthYears = birthYears;
        this.sexes = sexes;
        this.areas = areas;
        this.size = size;
        this.areaIds = areaIds;
        this.rows = rows;
    }

    /** Reads a residents file in {@code threads} parts at once; its problems name it as its path is written. */
    public static Population read(Path file, HomeAreas homeAreas, int threads) throws IOException {
        return read(file, file.toString(), homeAreas, threads);
    }

    /**
     * Reads a residents file in {@code threads} parts at once.
     *
     * @param name the name of the input ({@code residents.csv}, a request's field), which every problem names
     * @param homeAreas the areas of the areas file, whose ids the residents' areas must be; null when
     *     no areas file is given (any area id is then taken as written)
     * @throws BadInput with the lines of the first problems found
     */
    public static Population read(Path file, String name, HomeAreas homeAreas, int threads) throws IOException {
        ByteDictionary areaIds = homeAreas == null ? new ByteDictionary(MAX_AREAS) : homeAreas.ids;
        List<FileParts.Part> parts;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            // with no areas file the areas are numbered as they come, which one thread must do alone
            parts = FileParts.split(channel, HEADER, homeAreas == null ? 1 : threads, false,
                    message -> Problems.refuse(name, 1, message));
        }
        List<ResidentsReader> readers = new ArrayList<>();
        List<Callable<Void>> work = new ArrayList<>();
        // count each part's lines first, so that every part reads straight into its place in one set of columns
        int[] lines = new int[parts.size()];
        List<Callable<Void>> counting = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            int part = k;
            counting.add(() -> {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                    lines[part] = FileParts.countLines(channel, parts.get(part).from(), parts.get(part).to());
                }
                return null;
            });
        }
        Parallel.run(counting, threads);
        Columns columns = new Columns(Arrays.stream(lines).sum());
        int offset = 0;
        for (int k = 0; k < parts.size(); k++) {
            FileParts.Part part = parts.get(k);
            ResidentsReader reader = new ResidentsReader(areaIds, homeAreas == null, columns, offset, lines[k]);
            offset += lines[k];
            readers.add(reader);
            work.add(() -> {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                    reader.lines = CsvRows.read(channel, part.from(), part.to(), 4, reader);
                }
                return null;
            });
        }
        Parallel.run(work, threads);
        return combine(name, readers, columns, areaIds);
    }

    /** The columns all parts read into, each from its own offset. */
    static final class Columns {
        final int[] ids;
        final short[] birthYears;
        final byte[] sexes;
        final char[] areas;

        Columns(int capacity) {
            ids = new int[capacity];
            birthYears = new short[capacity];
            sexes = new byte[capacity];
            areas = new char[capacity];
        }
    }

    private static Population combine(String file, List<ResidentsReader> readers, Columns c, ByteDictionary areaIds) {
        long before = 1;
        long rows = 0;
        List<Problems> problems = new ArrayList<>();
        for (int k = 0; k < readers.size(); k++) {
            ResidentsReader r = readers.get(k);
            ResidentsReader previous = k > 0 ? readers.get(k - 1) : null;
            if (previous != null && r.size > 0 && previous.size > 0 && c.ids[r.offset] <= previous.lastId) {
                r.problems.add(r.firstLine, "the residents must be in increasing order of id, with no id twice: " + c.ids[r.offset]
                        + " comes after " + previous.lastId);
            }
            r.problems.shift(before);
            problems.add(r.problems);
            before += r.lines;
            rows += r.rows;
        }
        Problems.throwIfAny(file, problems);
        // a part that had empty lines leaves a gap before the next part's residents: close it
        int size = 0;
        for (ResidentsReader r : readers) {
            if (r.offset != size) {
                System.arraycopy(c.ids, r.offset, c.ids, size, r.size);
                System.arraycopy(c.birthYears, r.offset, c.birthYears, size, r.size);
                System.arraycopy(c.sexes, r.offset, c.sexes, size, r.size);
                System.arraycopy(c.areas, r.offset, c.areas, size, r.size);
            }
            size += r.size;
        }
        return new Population(c.ids, c.birthYears, c.sexes, c.areas, size, areaIds, rows);
    }

    /** Returns a population of the residents given (in any order), for tests and small inputs. */
    public static Population of(List<Resident> residents, HomeAreas homeAreas) {
        ByteDictionary areaIds = homeAreas == null ? new ByteDictionary(MAX_AREAS) : homeAreas.ids;
        List<Resident> sorted = residents.stream().sorted((a, b) -> Integer.compare(a.id(), b.id())).toList();
        int n = sorted.size();
        int[] ids = new int[n];
        short[] years = new short[n];
        byte[] sexes = new byte[n];
        char[] areas = new char[n];
        for (int i = 0; i < n; i++) {
            Resident r = sorted.get(i);
            if (i > 0 && ids[i - 1] == r.id()) {
                throw new IllegalArgumentException("resident " + r.id() + " is given twice");
            }
            ids[i] = r.id();
            years[i] = (short) r.birthYear();
            sexes[i] = (byte) r.sex().ordinal();
            byte[] area = r.homeArea().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            int id = homeAreas == null ? areaIds.add(area, 0, area.length) : areaIds.find(area, 0, area.length);
            if (id < 0) {
                throw new IllegalArgumentException("no home area '" + r.homeArea() + "'");
            }
            areas[i] = (char) id;
        }
        return new Population(ids, years, sexes, areas, n, areaIds, n);
    }

    /** Returns the number of residents. */
    public int size() {
        return size;
    }

    /** Returns the number of rows read from the file. */
    public long rows() {
        return rows;
    }

    /** Returns the resident at a position (in order of id). */
    public Resident resident(int index) {
        return new Resident(ids[index], birthYears[index], Sex.values()[sexes[index]], areaIds.word(areas[index]));
    }

    /** Returns the position of the resident with this id, or a negative number if there is none. */
    int indexOf(int id) {
        return Arrays.binarySearch(ids, 0, size, id);
    }
}
