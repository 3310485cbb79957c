package se.regionkarta.fastcsv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * Splits the rows of a part of a CSV file into fields, straight from bytes, one row per
 * {@link #next} (the caller pulls rows, so no callback is called per row). The file is read in
 * 1 MiB blocks, and each row is scanned eight bytes at a time for commas, quotes and its line
 * break: a byte that is one of them shows as a high bit ({@link Swar#zeroBytes}), so plain bytes
 * cost almost nothing, and the first two commas of eight bytes are noted without a branch (most
 * eight bytes have at most two), which spares the processor mispredicted jumps.
 *
 * <p>Lines end with LF or CRLF; empty lines are skipped but counted. Fields may be quoted, with
 * {@code ""} for a quote inside; a quoted row is unquoted into a scratch buffer first. A line break
 * inside quotes is not supported: every line is a row. Not thread-safe: one per reading thread.
 */
public final class CsvRowReader {

    /** {@link #fields} of a row with a quoted field that does not end on its line. */
    public static final int UNCLOSED_QUOTE = -1;
    /** {@link #fields} of a row with something other than a comma right after a closing quote. */
    public static final int TEXT_AFTER_QUOTE = -2;

    private static final int BLOCK = 1 << 20;

    private final FileChannel file;
    private long to;
    private long pos;
    private byte[] buf;
    private int len;
    /** Where the next row begins in {@link #buf}. */
    private int start;
    private boolean last;
    private long nextLine = 1;

    private final int maxFields;
    /**
     * Where the fields of the row begin and end: field k lies strictly between {@code separators[k]}
     * and {@code separators[k + 1]}; the first is just before the row, then come its commas, then its
     * end. Room for eight past {@link #maxFields}, as {@link #scan} writes without a check.
     */
    private final int[] separators;
    private byte[] unquoted = new byte[256];
    private int commas;
    private boolean quotes;

    private byte[] rowBytes;
    private int fields;
    private long line;

    /**
     * Reads the rows in bytes {@code [from, to)} of the file, numbering the first line 1.
     *
     * @param maxFields how many fields of a row are located (more are counted only)
     */
    public CsvRowReader(FileChannel file, long from, long to, int maxFields) throws IOException {
        this.file = file;
        this.to = to;
        this.pos = from;
        this.maxFields = maxFields;
        this.separators = new int[maxFields + 9];
        this.buf = new byte[(int) Math.min(BLOCK, Math.max(16, to - from))];
        fill();
    }

    /** Moves to the next row that is not an empty line; false at the end of the part. */
    public boolean next() throws IOException {
        while (true) {
            if (start >= len) {
                if (last) {
                    return false;
                }
                refill();
                continue;
            }
            byte[] b = buf;
            int from = start;
            int i = scan(b, from, len);
            if (i == len && !last) {
                refill();
                continue;
            }
            long at = nextLine++;
            start = i + 1;
            int end = i > from && b[i - 1] == '\r' ? i - 1 : i;
            if (end > from) {
                line = at;
                split(b, from, end);
                return true;
            }
        }
    }

    /** Returns the row's bytes: field k is {@code bytes()[separators()[k] + 1, separators()[k + 1])}. */
    public byte[] bytes() {
        return rowBytes;
    }

    /**
     * Returns where the row's first {@code maxFields} fields are: field k lies between
     * {@code separators()[k]} and {@code separators()[k + 1]} (its comma, or the end of the row), both
     * left out. The same array for every row: one write per comma while scanning, none per field after.
     */
    public int[] separators() {
        return separators;
    }

    /** Returns how many fields the row has, or {@link #UNCLOSED_QUOTE} or {@link #TEXT_AFTER_QUOTE}. */
    public int fields() {
        return fields;
    }

    /** Returns the row's line, counted from 1 at the part's first line. */
    public long line() {
        return line;
    }

    /** Returns how many lines were read so far, empty ones too: all of the part's once {@link #next} is false. */
    public long lines() {
        return nextLine - 1;
    }

    /** Reads more of the part after what is left of the buffer, making the buffer larger if a row fills it. */
    private void refill() throws IOException {
        if (start == 0) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        } else {
            System.arraycopy(buf, start, buf, 0, len - start);
            len -= start;
            start = 0;
        }
        fill();
    }

    private void fill() throws IOException {
        while (len < buf.length && pos < to) {
            int n = file.read(ByteBuffer.wrap(buf, len, (int) Math.min(buf.length - len, to - pos)), pos);
            if (n < 0) {
                to = pos;
                break;
            }
            pos += n;
            len += n;
        }
        last = pos >= to;
    }

    /** Completes the separators of the row {@code b[start, end)}, whose commas {@link #scan} has noted. */
    private void split(byte[] b, int start, int end) {
        if (quotes) {
            fields = unquote(b, start, end);
            rowBytes = unquoted;
            return;
        }
        int n = commas + 1;
        separators[0] = start - 1;
        if (n <= maxFields) {
            separators[n] = end;
        }
        fields = n;
        rowBytes = b;
    }

    /**
     * Finds the end of the row at {@code start}: the index of its line break, or {@code len}. Notes
     * where its first {@code maxFields} commas are (from {@code separators[1]} on), how many it has,
     * and whether it has quotes.
     */
    private int scan(byte[] b, int start, int len) {
        int[] at = separators;
        int max = maxFields;
        int noted = 1;
        int total = 0;
        long quoteBits = 0;
        int i = start;
        for (; i + 8 <= len; i += 8) {
            long word = (long) Swar.LONGS.get(b, i);
            long newline = Swar.zeroBytes(word ^ Swar.NEWLINES);
            long before = newline == 0 ? -1L : (newline & -newline) - 1;
            long bits = Swar.zeroBytes(word ^ Swar.COMMAS) & before;
            quoteBits |= Swar.zeroBytes(word ^ Swar.QUOTES) & before;
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
            noted = Math.min(noted + count, max + 1);
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
                noted = Math.min(noted + 1, max + 1);
                total++;
            } else if (c == '"') {
                quoteBits = 1;
            }
        }
        commas = total;
        quotes = quoteBits != 0;
        return i;
    }

    /**
     * Splits a row with quotes into {@link #unquoted}, a comma between fields, setting the
     * separators; returns the number of fields, or {@link #UNCLOSED_QUOTE} or {@link #TEXT_AFTER_QUOTE}.
     */
    private int unquote(byte[] b, int start, int end) {
        if (unquoted.length < end - start) {
            unquoted = new byte[Math.max(end - start, unquoted.length * 2)];
        }
        int[] f = separators;
        f[0] = -1;
        int w = 0;
        int field = 0;
        int i = start;
        while (true) {
            if (i < end && b[i] == '"') {
                i++;
                while (true) {
                    if (i >= end) {
                        return UNCLOSED_QUOTE;
                    }
                    if (b[i] == '"' && (i + 1 >= end || b[i + 1] != '"')) {
                        i++;
                        break;
                    }
                    unquoted[w++] = b[i];
                    i += b[i] == '"' ? 2 : 1;
                }
                if (i < end && b[i] != ',') {
                    return TEXT_AFTER_QUOTE;
                }
            } else {
                while (i < end && b[i] != ',') {
                    unquoted[w++] = b[i++];
                }
            }
            if (field < maxFields) {
                f[field + 1] = w;
            }
            if (i >= end) {
                return field + 1;
            }
            unquoted[w++] = ',';
            i++;
            field++;
        }
    }
}
