package se.regionkarta.cooperation.settlement;

import java.util.Arrays;

/**
 * Care events as parallel arrays of small numbers, one slot per event: 12 bytes an event and no
 * object per event. Regions and codes are numbers from the {@link PriceTable}; the date is packed
 * by {@link PackedDate}; the quantity counts visits, days or DRG ten-thousandths.
 *
 * <p>Used both as a reusable batch while streaming a file and as the whole file held in memory.
 */
final class EventColumns {

    byte[] home;
    byte[] provider;
    short[] code;
    int[] date;
    int[] quantity;
    int size;
    /** The line of each event in the input, stored sparsely. */
    final LineMap lines = new LineMap();

    EventColumns(int capacity) {
        int n = Math.max(16, capacity);
        home = new byte[n];
        provider = new byte[n];
        code = new short[n];
        date = new int[n];
        quantity = new int[n];
    }

    void add(int homeId, int providerId, int codeId, int packedDate, int qty, long line) {
        if (size == home.length) {
            grow();
        }
        lines.note(size, line);
        home[size] = (byte) homeId;
        provider[size] = (byte) providerId;
        code[size] = (short) codeId;
        date[size] = packedDate;
        quantity[size] = qty;
        size++;
    }

    /** Empties the columns for the next batch, keeping the arrays. */
    void clear() {
        size = 0;
        lines.clear();
    }

    private void grow() {
        int n = Math.min(Integer.MAX_VALUE - 16, home.length + (home.length >> 1));
        if (n <= home.length) {
            throw new IllegalStateException("too many events for one column set");
        }
        home = Arrays.copyOf(home, n);
        provider = Arrays.copyOf(provider, n);
        code = Arrays.copyOf(code, n);
        date = Arrays.copyOf(date, n);
        quantity = Arrays.copyOf(quantity, n);
    }
}
