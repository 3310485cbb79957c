package se.regionkarta.fastcsv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Checks the header of a CSV file and splits the rest into parts at line boundaries, one part per
 * reading thread. On request, parts also never split the rows that share their first field (a
 * boundary moves on until the first field changes), so that checks across those rows happen within
 * one part.
 */
public final class FileParts {

    /** A part: bytes {@code [from, to)} of the file. */
    public record Part(long from, long to) {
    }

    private static final int WINDOW = 64 * 1024;

    private FileParts() {
    }

    /**
     * Returns the parts of the file after its header.
     *
     * @param header the header the file must begin with, the column names joined by commas
     * @param byFirstField keep the rows with the same first field in one part
     * @param mismatch makes the exception thrown, from its message, when the first line is not the header
     */
    public static List<Part> split(FileChannel channel, String header, int threads, boolean byFirstField,
            Function<String, RuntimeException> mismatch) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread is needed");
        }
        long size = channel.size();
        long start = afterHeader(channel, header, mismatch);
        List<Part> parts = new ArrayList<>();
        long from = start;
        for (int k = 1; k < threads && from < size; k++) {
            long boundary = lineAfter(channel, Math.max(from, start + (size - start) * k / threads));
            if (byFirstField) {
                boundary = newFirstField(channel, boundary);
            }
            if (boundary > from && boundary < size) {
                parts.add(new Part(from, boundary));
                from = boundary;
            }
        }
        parts.add(new Part(from, size));
        return parts;
    }

    /**
     * Checks the header line (after a UTF-8 byte order mark, if any; names may be quoted) and returns
     * where the first data line begins.
     */
    public static long afterHeader(FileChannel channel, String header, Function<String, RuntimeException> mismatch)
            throws IOException {
        byte[] head = new byte[(int) Math.min(channel.size(), WINDOW)];
        channel.read(ByteBuffer.wrap(head), 0);
        int from = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        int newline = from;
        while (newline < head.length && head[newline] != '\n') {
            newline++;
        }
        int end = newline > from && head[newline - 1] == '\r' ? newline - 1 : newline;
        String line = new String(head, from, end - from, StandardCharsets.UTF_8);
        String[] names = Arrays.stream(line.split(",", -1)).map(n -> n.length() >= 2 && n.startsWith("\"") && n.endsWith("\"")
                ? n.substring(1, n.length() - 1) : n).toArray(String[]::new);
        if (!String.join(",", names).equals(header)) {
            throw mismatch.apply(head.length == 0 ? "the file is empty; expected the header " + header
                    : "expected the header " + header + ", got " + (line.length() > 200 ? line.substring(0, 200) + "…" : line));
        }
        return Math.min(newline + 1L, channel.size());
    }

    /**
     * Counts the line breaks in bytes {@code [from, to)}, eight bytes at a time, plus one for a last
     * line without one: an upper bound of the rows of a part, so that its columns can be made the
     * right size at once.
     */
    public static int countLines(FileChannel channel, long from, long to) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(1 << 20);
        long lines = 0;
        long pos = from;
        byte last = '\n';
        while (pos < to) {
            buf.clear().limit((int) Math.min(buf.capacity(), to - pos));
            int n = channel.read(buf, pos);
            if (n <= 0) {
                break;
            }
            byte[] b = buf.array();
            int i = 0;
            for (; i + 8 <= n; i += 8) {
                lines += Long.bitCount(Swar.zeroBytes((long) Swar.LONGS.get(b, i) ^ Swar.NEWLINES));
            }
            for (; i < n; i++) {
                lines += b[i] == '\n' ? 1 : 0;
            }
            last = b[n - 1];
            pos += n;
        }
        return (int) Math.min(Integer.MAX_VALUE - 16, lines + (last != '\n' ? 1 : 0));
    }

    /** Returns the position just after the first line break at or after {@code position}, or the file size. */
    private static long lineAfter(FileChannel channel, long position) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(WINDOW);
        long pos = position;
        while (true) {
            buf.clear();
            int n = channel.read(buf, pos);
            if (n <= 0) {
                return channel.size();
            }
            for (int i = 0; i < n; i++) {
                if (buf.get(i) == '\n') {
                    return pos + i + 1;
                }
            }
            pos += n;
        }
    }

    /**
     * Moves a boundary (the start of a line) on while the line there has the same first field as
     * the line before it. Gives up (returns the file size, so that there is one part less) on lines
     * longer than the window, which only a malformed file has.
     */
    private static long newFirstField(FileChannel channel, long boundary) throws IOException {
        long size = channel.size();
        if (boundary >= size) {
            return size;
        }
        long windowStart = Math.max(0, boundary - WINDOW / 2);
        byte[] buf = new byte[(int) Math.min(WINDOW, size - windowStart)];
        channel.read(ByteBuffer.wrap(buf), windowStart);
        int at = (int) (boundary - windowStart);
        int previous = at - 2;
        while (previous >= 0 && buf[previous] != '\n') {
            previous--;
        }
        if (previous < 0 && windowStart > 0) {
            return size;
        }
        byte[] key = firstField(buf, previous + 1);
        while (true) {
            byte[] here = firstField(buf, at);
            if (here == null) {
                return size;
            }
            if (!Arrays.equals(here, key)) {
                return windowStart + at;
            }
            int next = at;
            while (next < buf.length && buf[next] != '\n') {
                next++;
            }
            if (next >= buf.length) {
                return size;
            }
            at = next + 1;
        }
    }

    /** Returns the first field of the line at {@code at}, or null if the window ends within it. */
    private static byte[] firstField(byte[] buf, int at) {
        int i = at;
        while (i < buf.length && buf[i] != ',' && buf[i] != '\n') {
            i++;
        }
        return i >= buf.length ? null : Arrays.copyOfRange(buf, at, i);
    }
}
