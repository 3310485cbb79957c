package se.regionkarta.carechoice.compensation;

import se.regionkarta.carechoice.compensation.model.Resident;

/** Reads the rows of a part of a residents file into columns, checking each (docs/carechoice.md). */
final class ResidentsReader implements CsvRows.Sink {

    private static final int FIELDS = 4;

    private final Words areaIds;
    private final boolean addAreas;
    final Problems problems = new Problems();
    private final Population.Columns columns;
    /** Where this part's residents begin in the columns, and how many it may hold. */
    final int offset;
    private final int capacity;
    int size;
    int lastId;
    long firstLine;
    long lines;
    long rows;

    ResidentsReader(Words areaIds, boolean addAreas, Population.Columns columns, int offset, int capacity) {
        this.areaIds = areaIds;
        this.addAreas = addAreas;
        this.columns = columns;
        this.offset = offset;
        this.capacity = capacity;
    }

    @Override
    public void row(byte[] b, int[] f, int fields, long line) {
        rows++;
        if (fields != FIELDS) {
            problems.add(line, "expected " + FIELDS + " fields (" + Population.HEADER + "), found " + fields);
            return;
        }
        int id = Fields.digits(b, f[0], f[1], 9);
        if (id < 1) {
            problems.add(line, "a resident id is a whole number from 1 to " + Resident.MAX_ID + " (at most nine digits), got '"
                    + Fields.text(b, f[0], f[1]) + "'");
            return;
        }
        int year = f[3] - f[2] == 4 ? Fields.digits(b, f[2], f[3], 4) : -1;
        if (year < Resident.MIN_BIRTH_YEAR) {
            problems.add(line, "birth_year must be a year of four digits from " + Resident.MIN_BIRTH_YEAR + ", got '"
                    + Fields.text(b, f[2], f[3]) + "'");
            return;
        }
        byte sex = f[5] - f[4] != 1 ? -1 : b[f[4]] == 'F' ? (byte) 0 : b[f[4]] == 'M' ? (byte) 1 : -1;
        if (sex < 0) {
            problems.add(line, "sex must be F or M, got '" + Fields.text(b, f[4], f[5]) + "'");
            return;
        }
        int area = area(b, f[6], f[7], line);
        if (area < 0) {
            return;
        }
        if (size > 0 && id <= lastId) {
            problems.add(line, "the residents must be in increasing order of id, with no id twice: " + id + " comes after " + lastId);
            lastId = id;
            return;
        }
        if (size == 0) {
            firstLine = line;
        }
        if (size == capacity) {
            throw new IllegalStateException("more rows than lines in a part of the residents file");
        }
        int at = offset + size;
        columns.ids[at] = id;
        columns.birthYears[at] = (short) year;
        columns.sexes[at] = sex;
        columns.areas[at] = (char) area;
        size++;
        lastId = id;
    }

    private int area(byte[] b, int from, int to, long line) {
        if (to == from) {
            problems.add(line, "home_area is missing");
            return -1;
        }
        int area = addAreas ? areaIds.add(b, from, to) : areaIds.find(b, from, to);
        if (area < 0) {
            problems.add(line, addAreas ? "more than " + Population.MAX_AREAS + " home areas"
                    : "no home area '" + Fields.text(b, from, to) + "' in the areas file");
        }
        return area;
    }

    @Override
    public void malformed(long line, String message) {
        rows++;
        problems.add(line, message);
    }
}
