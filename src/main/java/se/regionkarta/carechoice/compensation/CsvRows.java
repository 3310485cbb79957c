package se.regionkarta.carechoice.compensation;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * Splits the rows of a part of a CSV file into fields, straight from bytes: the file is read in
 * 1 MiB blocks, and each row is scanned eight bytes at a time for commas, quotes and its line
 * break (a {@code long} per step: a byte that is one of them shows as a high bit, so plain bytes
 * cost almost nothing). The fields' bounds go to a {@link Sink} with the row's line, counted
 * from 1 at the part's first line.
 *
 * <p>Lines end with LF or CRLF; empty lines are skipped but counted. Fields may be quoted, with
 * {@code ""} for a quote inside; a quoted row is unquoted into a scratch buffer first. A line break
 * inside quotes is not supported: every line is a row. Not thread-safe: one per reading thread.
 */
final class CsvRows {

    /** Takes the rows of a file. */
    interface Sink {
        /**
         * Takes a row whose field k is {@code b[bounds[2k], bounds[2k + 1])}; {@code fields} is how
         * many fields the row has, and only the first {@code maxFields} have bounds.
         */
        void row(byte[] b, int[] bounds, int fields, long line);

        /** Takes a row that cannot be split (a quote left open). */
        void malformed(long line, String message);
    }

    private static final int BLOCK = 1 << 20;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long COMMAS = 0x2C2C2C2C2C2C2C2CL;
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

    private final int maxFields;
    private final int[] bounds;
    private final int[] commaAt;
    private byte[] unquoted = new byte[256];
    private int commas;
    private boolean quotes;

    CsvRows(int maxFields) {
        this.maxFields = maxFields;
        this.bounds = new int[2 * maxFields];
        this.commaAt = new int[maxFields];
    }

    /** Reads the rows in bytes {@code [from, to)} of the file and returns the number of lines read. */
    long read(FileChannel file, long from, long to, Sink sink) throws IOException {
        byte[] buf = new byte[(int) Math.min(BLOCK, Math.max(16, to - from))];
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
            while (start < len && (next = row(buf, start, len, last, line, sink)) >= 0) {
                start = next;
                line++;
            }
            if (last) {
                return line - 1;
            }
            if (start == 0) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            } else {
                System.arraycopy(buf, start, buf, 0, len - start);
                len -= start;
            }
        }
    }

    /** Splits the row at {@code start}; returns where the next begins, or -1 if the block ends first. */
    private int row(byte[] b, int start, int len, boolean last, long line, Sink sink) {
        int i = scan(b, start, len);
        if (i == len && !last) {
            return -1;
        }
        int end = i > start && b[i - 1] == '\r' ? i - 1 : i;
        if (end == start) {
            return i + 1;
        }
        int fields = commas + 1;
        if (quotes) {
            fields = unquote(b, start, end);
            if (fields < 0) {
                sink.malformed(line, "a quoted field must end on its line and be followed by a comma or the end of the line");
                return i + 1;
            }
            sink.row(unquoted, bounds, fields, line);
            return i + 1;
        }
        int[] f = bounds;
        int[] at = commaAt;
        int k = Math.min(fields, maxFields);
        f[0] = start;
        for (int j = 0; j < k - 1; j++) {
            f[2 * j + 1] = at[j];
            f[2 * j + 2] = at[j] + 1;
        }
        f[2 * k - 1] = k == fields ? end : at[k - 1];
        sink.row(b, f, fields, line);
        return i + 1;
    }

    /**
     * Finds the end of the row at {@code start}: the index of its line break, or {@code len}. Notes
     * where its first commas are, how many it has, and whether it has quotes.
     */
    private int scan(byte[] b, int start, int len) {
        int[] at = commaAt;
        int max = maxFields;
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
            total += Long.bitCount(bits);
            for (; bits != 0 && noted < max; bits &= bits - 1) {
                at[noted++] = i + (Long.numberOfTrailingZeros(bits) >>> 3);
            }
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
                if (noted < max) {
                    at[noted++] = i;
                }
                total++;
            } else if (c == '"') {
                quoteBits = 1;
            }
        }
        commas = total;
        quotes = quoteBits != 0;
        return i;
    }

    /** Returns the high bit of each byte of the word that is zero, and no other bit (exact). */
    private static long zeroBytes(long word) {
        return ~(((word & LOW7) + LOW7) | word | LOW7);
    }

    /** Splits a row with quotes into {@link #unquoted}, setting the bounds; returns the number of fields, or -1. */
    private int unquote(byte[] b, int start, int end) {
        if (unquoted.length < end - start) {
            unquoted = new byte[Math.max(end - start, unquoted.length * 2)];
        }
        int[] f = bounds;
        int w = 0;
        int field = 0;
        int i = start;
        while (true) {
            if (field < maxFields) {
                f[2 * field] = w;
            }
            if (i < end && b[i] == '"') {
                i++;
                while (true) {
                    if (i >= end) {
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
                    return -1;
                }
            } else {
                while (i < end && b[i] != ',') {
                    unquoted[w++] = b[i++];
                }
            }
            if (field < maxFields) {
                f[2 * field + 1] = w;
            }
            if (i >= end) {
                return field + 1;
            }
            i++;
            field++;
        }
    }
}
