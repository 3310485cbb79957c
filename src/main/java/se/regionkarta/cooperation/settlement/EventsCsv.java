package se.regionkarta.cooperation.settlement;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.function.Consumer;
import se.regionkarta.cooperation.settlement.model.CareKind;
import se.regionkarta.cooperation.settlement.model.Settlements;
import se.regionkarta.cooperation.settlement.model.UnpricedReason;
import se.regionkarta.fastcsv.CsvRowReader;
import se.regionkarta.fastcsv.FieldBytes;

/**
 * Reads a part of an events file (docs/settlement.md) into {@link EventColumns}, straight from
 * bytes: a row is split once (by {@link CsvRowReader}), dates and quantities are read from their
 * digits, kinds from their letters, and regions and codes are looked up in the {@link PriceTable}'s
 * dictionaries without making a String. Rows that cannot become an event (malformed, unknown region, kind or code, unit
 * outside its region, care within one region) are reported to {@link Issues} with their line and
 * skipped.
 *
 * <p>Fields may be quoted ({@code "kalmar"}, with {@code ""} for a quote), but a line break inside
 * quotes is not supported: every line is a row. A row ends with LF or CRLF; empty lines are
 * skipped. Not thread-safe: each reading thread has its own reader.
 */
final class EventsCsv {

    static final String HEADER = "home_region,provider_region,provider_unit,date,kind,code,quantity";
    private static final int FIELDS = 7;
    private static final int HOME = 0;
    private static final int PROVIDER = 1;
    private static final int UNIT = 2;
    private static final int DATE = 3;
    private static final int KIND = 4;
    private static final int CODE = 5;
    private static final int QUANTITY = 6;
    private static final int DRG = CareKind.DRG.ordinal();
    private static final UnpricedReason MALFORMED = UnpricedReason.MALFORMED;

    private final PriceTable table;
    private final int month;
    private final Issues issues;
    private final EventColumns out;
    private final int flushAt;
    private final Consumer<EventColumns> sink;
    private long rows;
    private long outsideMonth;

    /**
     * @param month the only month to read (a {@link PackedDate#monthKey}), or -1 for all
     * @param flushAt hand the columns to {@code sink} and clear them whenever they hold this many events
     * @param sink takes each batch of events; null to keep all events in {@code out}
     */
    EventsCsv(PriceTable table, int month, Issues issues, EventColumns out, int flushAt, Consumer<EventColumns> sink) {
        this.table = table;
        this.month = month;
        this.issues = issues;
        this.out = out;
        this.flushAt = flushAt;
        this.sink = sink;
    }

    long rows() {
        return rows;
    }

    long outsideMonth() {
        return outsideMonth;
    }

    /**
     * Reads the rows in bytes {@code [from, to)} of the file, numbering the first line 1, and hands
     * the last events to the sink. Returns the number of lines read.
     */
    long read(FileChannel file, long from, long to) throws IOException {
        CsvRowReader csv = new CsvRowReader(file, from, to, FIELDS);
        while (csv.next()) {
            rows++;
            int fields = csv.fields();
            long line = csv.line();
            if (fields == FIELDS) {
                event(csv.bytes(), csv.separators(), line);
            } else if (report(line, MALFORMED)) {
                issues.keep(line, MALFORMED, fields == CsvRowReader.UNCLOSED_QUOTE ? "a quoted field does not end on its line"
                        : fields == CsvRowReader.TEXT_AFTER_QUOTE ? "a quoted field must be followed by a comma or the end of the line"
                        : "expected " + FIELDS + " fields, found " + fields);
            }
        }
        if (sink != null && out.size > 0) {
            sink.accept(out);
            out.clear();
        }
        return csv.lines();
    }

    /** Reads the event in the row {@code b} whose field k lies between {@code s[k]} and {@code s[k + 1]}. */
    private void event(byte[] b, int[] s, long line) {
        int date = PackedDate.parse(b, s[DATE] + 1, s[DATE + 1]);
        if (date == PackedDate.INVALID) {
            if (report(line, MALFORMED)) {
                issues.keep(line, MALFORMED, "date must be a day written YYYY-MM-DD, got '" + text(b, s, DATE) + "'");
            }
            return;
        }
        if (month >= 0 && PackedDate.monthKey(date) != month) {
            outsideMonth++;
            return;
        }
        int kind = EventFields.kind(b, s[KIND] + 1, s[KIND + 1]);
        if (kind < 0) {
            if (report(line, UnpricedReason.UNKNOWN_KIND)) {
                issues.keep(line, UnpricedReason.UNKNOWN_KIND,
                        "unknown kind of care '" + text(b, s, KIND) + "' (visit, day or drg)");
            }
            return;
        }
        int quantity = kind == DRG ? EventFields.points(b, s[QUANTITY] + 1, s[QUANTITY + 1])
                : FieldBytes.digits(b, s[QUANTITY] + 1, s[QUANTITY + 1], 5);
        if (quantity <= 0) {
            if (report(line, MALFORMED)) {
                issues.keep(line, MALFORMED, badQuantity(CareKind.values()[kind], text(b, s, QUANTITY)));
            }
            return;
        }
        int home = table.regions.find(b, s[HOME] + 1, s[HOME + 1]);
        int provider = table.regions.find(b, s[PROVIDER] + 1, s[PROVIDER + 1]);
        if (home < 0 || provider < 0) {
            if (report(line, UnpricedReason.UNKNOWN_REGION)) {
                issues.keep(line, UnpricedReason.UNKNOWN_REGION,
                        "unknown region '" + text(b, s, home < 0 ? HOME : PROVIDER) + "'");
            }
            return;
        }
        if (!EventFields.inRegion(b, s[UNIT] + 1, s[UNIT + 1], table.regions.bytes(provider))) {
            if (report(line, UnpricedReason.UNIT_OUTSIDE_REGION)) {
                issues.keep(line, UnpricedReason.UNIT_OUTSIDE_REGION,
                        "unit '" + text(b, s, UNIT) + "' is not in region '" + text(b, s, PROVIDER) + "'");
            }
            return;
        }
        if (home == provider) {
            if (report(line, UnpricedReason.SAME_REGION)) {
                issues.keep(line, UnpricedReason.SAME_REGION, "care within region '" + text(b, s, HOME) + "' is not sold");
            }
            return;
        }
        int code = table.code(kind, b, s[CODE] + 1, s[CODE + 1]);
        if (code < 0) {
            if (report(line, UnpricedReason.UNKNOWN_CODE)) {
                issues.keep(line, UnpricedReason.UNKNOWN_CODE,
                        Settlements.noPriceFor(CareKind.values()[kind], text(b, s, CODE)) + " in any price list");
            }
            return;
        }
        out.add(home, provider, code, date, quantity, line);
        if (out.size >= flushAt && sink != null) {
            sink.accept(out);
            out.clear();
        }
    }

    private static String badQuantity(CareKind kind, String got) {
        return "the quantity of a " + kind.code() + " must be " + (kind.perPoint()
                ? "a DRG weight above 0 and at most 999.9999, with at most four decimals"
                : "a whole number of " + kind.unit() + " from 1 to " + kind.maxQuantity()) + ", got '" + got + "'";
    }

    /** Counts an event not priced and tells whether its details are wanted (so they are written only then). */
    private boolean report(long line, UnpricedReason reason) {
        issues.count(reason);
        return issues.wants(line);
    }

    private static String text(byte[] b, int[] s, int field) {
        return FieldBytes.text(b, s[field] + 1, s[field + 1]);
    }
}
