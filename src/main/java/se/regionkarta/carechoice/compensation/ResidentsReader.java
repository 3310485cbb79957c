package se.regionkarta.carechoice.compensation;

import se.regionkarta.carechoice.compensation.model.Resident;
import se.regionkarta.fastcsv.ByteDictionary;
import se.regionkarta.fastcsv.FieldBytes;

/** Reads the rows of a part of a residents file into columns, checking each (docs/carechoice.md). */
final class ResidentsReader implements CsvRows.Sink {

    private static final int FIELDS = 4;

    private final ByteDictionary areaIds;
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

    ResidentsReader(ByteDictionary areaIds, boolean addAreas, Population.Columns columns, int offset, int capacity) {
        this.areaIds = areaIds;
        this.addAreas = addAreas;
        this.columns = columns;
        this.offset = offset;
        this.capacity = capacity;
    }

    @Override
    public void row(byte[] b, int[] s, int fields, long line) {
        rows++;
        if (fields != FIELDS) {
            problems.add(line, "expected " + FIELDS + " fields (" + Population.HEADER + "), found " + fields);
            return;
        }
        int id = FieldBytes.digits(b, s[0] + 1, s[1], 9);
        if (id < 1) {
            problems.add(line, "a resident id is a whole number from 1 to " + Resident.MAX_ID + " (at most nine digits), got '"
                    + FieldBytes.text(b, s[0] + 1, s[1]) + "'");
            return;
        }
        int year = s[2] - s[1] == 5 ? FieldBytes.digits(b, s[1] + 1, s[2], 4) : -1;
        if (year < Resident.MIN_BIRTH_YEAR) {
            problems.add(line, "birth_year must be a year of four digits from " + Resident.MIN_BIRTH_YEAR + ", got '"
                    + FieldBytes.text(b, s[1] + 1, s[2]) + "'");
            return;
        }
        byte sex = s[3] - s[2] != 2 ? -1 : b[s[2] + 1] == 'F' ? (byte) 0 : b[s[2] + 1] == 'M' ? (byte) 1 : -1;
        if (sex < 0) {
            problems.add(line, "sex must be F or M, got '" + FieldBytes.text(b, s[2] + 1, s[3]) + "'");
            return;
        }
        int area = area(b, s[3] + 1, s[4], line);
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
                    : "no home area '" + FieldBytes.text(b, from, to) + "' in the areas file");
        }
        return area;
    }

    @Override
    public void malformed(long line, String message) {
        rows++;
        problems.add(line, message);
    }
}
