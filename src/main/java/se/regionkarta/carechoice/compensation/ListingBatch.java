package se.regionkarta.carechoice.compensation;

import java.util.Arrays;

/**
 * Listings as five primitive columns, fifteen bytes a listing: the resident's position in the
 * {@link Population}, the scheme and provider as numbers of their dictionaries, and the first and
 * last day as epoch days ({@link EpochDays#OPEN_END} for a listing without end).
 */
final class ListingBatch {

    int[] resident;
    byte[] scheme;
    char[] provider;
    int[] from;
    int[] until;
    int size;

    ListingBatch(int capacity) {
        capacity = Math.max(capacity, 16);
        resident = new int[capacity];
        scheme = new byte[capacity];
        provider = new char[capacity];
        from = new int[capacity];
        until = new int[capacity];
    }

    void add(int resident, int scheme, int provider, int from, int until) {
        if (size == this.resident.length) {
            grow();
        }
        this.resident[size] = resident;
        this.scheme[size] = (byte) scheme;
        this.provider[size] = (char) provider;
        this.from[size] = from;
        this.until[size] = until;
        size++;
    }

    void clear() {
        size = 0;
    }

    /** Makes room for this many listings in all. */
    void reserve(int capacity) {
        if (capacity > resident.length) {
            resident = Arrays.copyOf(resident, capacity);
            scheme = Arrays.copyOf(scheme, capacity);
            provider = Arrays.copyOf(provider, capacity);
            from = Arrays.copyOf(from, capacity);
            until = Arrays.copyOf(until, capacity);
        }
    }

    /** Drops the room not used, once a part is read into memory. */
    void trim() {
        resident = Arrays.copyOf(resident, size);
        scheme = Arrays.copyOf(scheme, size);
        provider = Arrays.copyOf(provider, size);
        from = Arrays.copyOf(from, size);
        until = Arrays.copyOf(until, size);
    }

    private void grow() {
        int capacity = (int) Math.min(Integer.MAX_VALUE - 16, resident.length * 3L / 2 + 16);
        resident = Arrays.copyOf(resident, capacity);
        scheme = Arrays.copyOf(scheme, capacity);
        provider = Arrays.copyOf(provider, capacity);
        from = Arrays.copyOf(from, capacity);
        until = Arrays.copyOf(until, capacity);
    }
}
