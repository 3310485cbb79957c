package se.regionkarta.cooperation.settlement;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;
import se.regionkarta.cooperation.settlement.model.CareKind;
import se.regionkarta.cooperation.settlement.model.Settlements;
import se.regionkarta.cooperation.settlement.model.UnpricedReason;

/**
 * Reads a part of an events file (docs/settlement.md) into {@link EventColumns}, straight from
 * bytes: a row is split once, dates and quantities are read from their digits, kinds from their
 * letters, and regions and codes are looked up in the {@link PriceTable}'s dictionaries without
 * making a String. Rows that cannot become an event (malformed, unknown region, kind or code, unit
 * outside its region, care within one region) are reported to {@link Issues} with their line and
 * skipped.
 *
 * <p>Fields may be quoted ({@code "kalmar"}, with {@code ""} for a quote), but a line break inside
 * quotes is not supported: every line is a row. A row ends with LF or CRLF; empty lines are
 * skipped. Not thread-safe: each reading thread has its own reader.
 */
final class EventsCsv {

    static final String HEADER = "home_region,provider_region,provider_unit,date,kind,code,quantity";
    static final String[] COLUMNS = HEADER.split(",");
    private static final int FIELDS = 7;
    private static final int HOME = 0;
    private static final int PROVIDER = 1;
    private static final int UNIT = 2;
    private static final int DATE = 3;
    private static final int KIND = 4;
    private static final int CODE = 5;
    private static final int QUANTITY = 6;
    private static final int BUFFER = 1 << 20;
    private static final int DRG = CareKind.DRG.ordinal();
    private static final UnpricedReason MALFORMED = UnpricedReason.MALFORMED;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long COMMAS = 0x2C2C2C2C2C2C2C2CL;
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long QUOTES = 0x2222222222222222L;

    private final PriceTable table;
    private final int month;
    private final Issues issues;
    private final EventColumns out;
    private final int flushAt;
    private final Consumer<EventColumns> sink;
    /** Start and end of each field of the current row. */
    private final int[] bounds = new int[FIELDS * 2];
    private byte[] unquoted = new byte[256];
    /** What {@link #scan} found besides the end of the row: where the commas are, how many, and quotes. */
    private final int[] commaAt = new int[FIELDS + 8];
    private int commas;
    private boolean quotes;
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
        byte[] buf = new byte[(int) Math.min(BUFFER, Math.max(16, to - from))];
        int len = 0;
        long pos = from;
        long line = 1;
        while (true) {
            while (len < buf.length && pos < to) {
                int n = file.read(ByteBuffer.wrap(buf, len, (int) Math.min(buf.length - len, to - pos)), pos);
                if (n < 0) {
                    to = pos;
                    break;
                }
                pos += n;
                len += n;
            }
            boolean last = pos >= to;
            int start = 0;
            int next;
            while (start < len && (next = row(buf, start, len, last, line)) >= 0) {
                start = next;
                line++;
            }
            if (last) {
                break;
            }
            if (start == 0) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            } else {
                System.arraycopy(buf, start, buf, 0, len - start);
                len -= start;
            }
        }
        if (sink != null && out.size > 0) {
            sink.accept(out);
            out.clear();
        }
        return line - 1;
    }

    /**
     * Finds the end of the row that starts at {@code start}: the index of its line break, or
     * {@code len} if the buffer holds none. Notes where its commas are ({@link #commaAt}), how many
     * it has and whether it has quotes. Looks at eight bytes at a time: a comma, line break or
     * quote among them shows as a high bit in {@link #zeroBytes}, so plain bytes cost almost
     * nothing; the first two commas of a word are noted without a branch (most words have at
     * most two), which spares the processor mispredicted jumps.
     */
    private int scan(byte[] b, int start, int len) {
        int[] at = commaAt;
        int noted = 0;
        int total = 0;
        long quoteBits = 0;
        int i = start;
        for (; i + 8 <= len; i += 8) {
            long word = (long) LONGS.get(b, i);
            long newline = zeroBytes(word ^ NEWLINES);
            long before = newline == 0 ? -1L : (newline & -newline) - 1;
            long bits = zeroBytes(word ^ COMMAS) & before;
            quoteBits |= zeroBytes(word ^ QUOTES) & before;
            int count = Long.bitCount(bits);
            at[noted] = i + (Long.numberOfTrailingZeros(bits) >>> 3);
            bits &= bits - 1;
            at[noted + 1] = i + (Long.numberOfTrailingZeros(bits) >>> 3);
            if (count > 2) {
                bits &= bits - 1;
                for (int j = noted + 2; bits != 0; j++, bits &= bits - 1) {
                    at[j] = i + (Long.numberOfTrailingZeros(bits) >>> 3);
                }
            }
            noted = Math.min(noted + count, FIELDS);
            total += count;
            if (newline != 0) {
                commas = total;
                quotes = quoteBits != 0;
                return i + (Long.numberOfTrailingZeros(newline) >>> 3);
            }
        }
        for (; i < len; i++) {
            byte c = b[i];
            if (c == '\n') {
                break;
            }
            if (c == ',') {
                at[noted] = i;
                noted = Math.min(noted + 1, FIELDS);
                total++;
            } else if (c == '"') {
                quoteBits = 1;
            }
        }
        commas = total;
        quotes = quoteBits != 0;
        return i;
    }

    /** Returns the high bit of each byte of the word that is zero, and no other bit (exact, no false hits). */
    private static long zeroBytes(long word) {
        long low = (word & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL;
        return ~(low | word | 0x7F7F7F7F7F7F7F7FL);
    }

    /**
     * Reads the row that starts at {@code start} and returns where the next begins, or -1 if the
     * buffer ends before the row does (and more of the file follows).
     */
    private int row(byte[] b, int start, int len, boolean last, long line) {
        int[] f = bounds;
        int i = scan(b, start, len);
        int field = commas;
        boolean quoted = quotes;
        if (i == len && !last) {
            return -1;
        }
        int end = i > start && b[i - 1] == '\r' ? i - 1 : i;
        int next = i + 1;
        if (end == start) {
            return next;
        }
        rows++;
        if (quoted) {
            field = unquote(b, start, end, line);
            if (field < 0) {
                return next;
            }
            b = unquoted;
        } else if (field == FIELDS - 1) {
            int[] at = commaAt;
            f[0] = start;
            for (int k = 0; k < FIELDS - 1; k++) {
                f[2 * k + 1] = at[k];
                f[2 * k + 2] = at[k] + 1;
            }
            f[2 * FIELDS - 1] = end;
        }
        if (field != FIELDS - 1) {
            if (report(line, MALFORMED)) {
                issues.keep(line, MALFORMED, "expected " + FIELDS + " fields, found " + (field + 1));
            }
            return next;
        }
        event(b, line);
        return next;
    }

    private void event(byte[] b, long line) {
        int[] f = bounds;
        int date = PackedDate.parse(b, f[2 * DATE], f[2 * DATE + 1]);
        if (date == PackedDate.INVALID) {
            if (report(line, MALFORMED)) {
                issues.keep(line, MALFORMED, "date must be a day written YYYY-MM-DD, got '" + text(b, DATE) + "'");
            }
            return;
        }
        if (month >= 0 && PackedDate.monthKey(date) != month) {
            outsideMonth++;
            return;
        }
        int kind = EventFields.kind(b, f[2 * KIND], f[2 * KIND + 1]);
        if (kind < 0) {
            if (report(line, UnpricedReason.UNKNOWN_KIND)) {
                issues.keep(line, UnpricedReason.UNKNOWN_KIND,
                        "unknown kind of care '" + text(b, KIND) + "' (visit, day or drg)");
            }
            return;
        }
        int quantity = kind == DRG ? EventFields.points(b, f[2 * QUANTITY], f[2 * QUANTITY + 1])
                : EventFields.count(b, f[2 * QUANTITY], f[2 * QUANTITY + 1]);
        if (quantity <= 0) {
            if (report(line, MALFORMED)) {
                issues.keep(line, MALFORMED, badQuantity(CareKind.values()[kind], text(b, QUANTITY)));
            }
            return;
        }
        int home = table.regions.find(b, f[2 * HOME], f[2 * HOME + 1]);
        int provider = table.regions.find(b, f[2 * PROVIDER], f[2 * PROVIDER + 1]);
        if (home < 0 || provider < 0) {
            if (report(line, UnpricedReason.UNKNOWN_REGION)) {
                issues.keep(line, UnpricedReason.UNKNOWN_REGION,
                        "unknown region '" + text(b, home < 0 ? HOME : PROVIDER) + "'");
            }
            return;
        }
        if (!EventFields.inRegion(b, f[2 * UNIT], f[2 * UNIT + 1], table.regions.bytes(provider))) {
            if (report(line, UnpricedReason.UNIT_OUTSIDE_REGION)) {
                issues.keep(line, UnpricedReason.UNIT_OUTSIDE_REGION,
                        "unit '" + text(b, UNIT) + "' is not in region '" + text(b, PROVIDER) + "'");
            }
            return;
        }
        if (home == provider) {
            if (report(line, UnpricedReason.SAME_REGION)) {
                issues.keep(line, UnpricedReason.SAME_REGION, "care within region '" + text(b, HOME) + "' is not sold");
            }
            return;
        }
        int code = table.code(kind, b, f[2 * CODE], f[2 * CODE + 1]);
        if (code < 0) {
            if (report(line, UnpricedReason.UNKNOWN_CODE)) {
                issues.keep(line, UnpricedReason.UNKNOWN_CODE,
                        Settlements.noPriceFor(CareKind.values()[kind], text(b, CODE)) + " in any price list");
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

    /**
     * Splits a row with quotes into {@link #unquoted}, setting the bounds; returns the number of
     * commas between fields, or -1 after reporting a malformed row.
     */
    private int unquote(byte[] b, int start, int end, long line) {
        if (unquoted.length < end - start) {
            unquoted = new byte[Math.max(end - start, unquoted.length * 2)];
        }
        int[] f = bounds;
        int w = 0;
        int field = 0;
        int i = start;
        while (true) {
            if (field < FIELDS) {
                f[2 * field] = w;
            }
            if (i < end && b[i] == '"') {
                i++;
                while (true) {
                    if (i >= end) {
                        if (report(line, MALFORMED)) {
                            issues.keep(line, MALFORMED, "a quoted field does not end on its line");
                        }
                        return -1;
                    }
                    if (b[i] == '"' && (i + 1 >= end || b[i + 1] != '"')) {
                        i++;
                        break;
                    }
                    unquoted[w++] = b[i];
                    i += b[i] == '"' ? 2 : 1;
                }
                if (i < end && b[i] != ',') {
                    if (report(line, MALFORMED)) {
                        issues.keep(line, MALFORMED, "a quoted field must be followed by a comma or the end of the line");
                    }
                    return -1;
                }
            } else {
                while (i < end && b[i] != ',') {
                    unquoted[w++] = b[i++];
                }
            }
            if (field < FIELDS) {
                f[2 * field + 1] = w;
            }
            if (i >= end) {
                return field;
            }
            i++;
            field++;
        }
    }

    /** Counts an event not priced and tells whether its details are wanted (so they are written only then). */
    private boolean report(long line, UnpricedReason reason) {
        issues.count(reason);
        return issues.wants(line);
    }

    private String text(byte[] b, int field) {
        int from = bounds[2 * field];
        int to = bounds[2 * field + 1];
        String s = new String(b, from, Math.min(to - from, 80), StandardCharsets.UTF_8);
        return to - from > 80 ? s + "…" : s;
    }
}
