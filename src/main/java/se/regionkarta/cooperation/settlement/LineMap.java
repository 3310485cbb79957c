package se.regionkarta.cooperation.settlement;

import java.util.Arrays;

/**
 * Remembers the input line of each event without an int per event. Events come in line order and
 * most lines are events, so the line of event i is the line of the last event noted as a jump
 * plus the distance to it; only jumps (after the header, an empty line or a row not priced) are
 * stored.
 */
final class LineMap {

    private int[] events = new int[8];
    private long[] lines = new long[8];
    private int jumps;
    private long base;

    /** Notes that event {@code event} (the next in order) is on {@code line}. */
    void note(int event, long line) {
        if (jumps > 0 && lines[jumps - 1] + (event - events[jumps - 1]) == line) {
            return;
        }
        if (jumps == events.length) {
            events = Arrays.copyOf(events, jumps * 2);
            lines = Arrays.copyOf(lines, jumps * 2);
        }
        events[jumps] = event;
        lines[jumps] = line;
        jumps++;
    }

    /** Returns the line of the event. */
    long lineOf(int event) {
        int i = Arrays.binarySearch(events, 0, jumps, event);
        int jump = i >= 0 ? i : -i - 2;
        return base + lines[jump] + (event - events[jump]);
    }

    /** Adds the lines before this part of the file, once they are known. */
    void shift(long lines) {
        base += lines;
    }

    void clear() {
        jumps = 0;
        base = 0;
    }
}
