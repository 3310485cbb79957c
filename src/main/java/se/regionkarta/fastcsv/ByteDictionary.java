package se.regionkarta.fastcsv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Numbers words (region, code, area, provider and scheme ids) in the order they are added, and
 * finds them straight from the bytes of a CSV field, so that reading a row makes no String. Open
 * addressing with linear probing over a table at most half full. A word is held as its first eight
 * bytes and its last eight (which overlap for words of 9–15 bytes) in two longs per slot, so
 * finding a word of up to 16 bytes (nearly every id) is two long comparisons and no loop; longer
 * words compare their middle bytes as well. The hash is taken from the same two longs. The slots
 * are kept in parallel arrays (id, length, head, tail): in the settlement's reader that measured a
 * few per cent faster than one array of three longs a slot, and within 2 % of it in the care-choice
 * readers. Not thread-safe while words are added; a dictionary that is only read may be shared.
 */
public final class ByteDictionary {

    private byte[][] words = new byte[16][];
    /** Per slot: the id of its word, or -1 when empty; the word's first and last eight bytes, and its length. */
    private int[] ids;
    private long[] heads;
    private long[] tails;
    private int[] lengths;
    private int slots;
    private int mask;
    private int size;
    private final int limit;

    /** @param limit the most words the dictionary may hold */
    public ByteDictionary(int limit) {
        this(limit, 64);
    }

    private ByteDictionary(int limit, int slots) {
        this.limit = limit;
        table(slots);
    }

    /**
     * Returns a dictionary of the words, numbered in their order (words past the limit are left
     * out); a word given twice is an error. Its table is at most a quarter full, for short probes.
     */
    public static ByteDictionary of(List<String> words, int limit) {
        ByteDictionary dictionary = new ByteDictionary(limit, Math.max(64, Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1));
        for (String word : words) {
            byte[] b = word.getBytes(StandardCharsets.UTF_8);
            if (dictionary.find(b, 0, b.length) >= 0) {
                throw new IllegalArgumentException("'" + word + "' appears twice");
            }
            dictionary.add(b, 0, b.length);
        }
        return dictionary;
    }

    /** Returns the number of the word in {@code b[from, to)}, or -1 if it is not in the dictionary. */
    public int find(byte[] b, int from, int to) {
        int n = to - from;
        long head = head(b, from, to);
        long tail = n > 8 ? (long) Swar.LONGS.get(b, to - 8) : 0;
        int slot = hash(head, tail, n) & mask;
        int id;
        while ((id = ids[slot]) >= 0) {
            if (lengths[slot] == n && heads[slot] == head && tails[slot] == tail
                    && (n <= 16 || Arrays.equals(words[id], 8, n - 8, b, from + 8, to - 8))) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** Returns the number of the word, adding it if new; -1 if it is new and the dictionary is full. */
    public int add(byte[] b, int from, int to) {
        int found = find(b, from, to);
        if (found >= 0) {
            return found;
        }
        if (size >= limit) {
            return -1;
        }
        if (size == words.length) {
            words = Arrays.copyOf(words, size * 2);
        }
        words[size] = Arrays.copyOfRange(b, from, to);
        if (2 * (size + 1) > slots) {
            table(slots * 2);
            for (int id = 0; id < size; id++) {
                insert(id);
            }
        }
        insert(size);
        return size++;
    }

    public int size() {
        return size;
    }

    public String word(int id) {
        return new String(words[id], StandardCharsets.UTF_8);
    }

    /** Returns the bytes of a word; the caller must not change them. */
    public byte[] bytes(int id) {
        return words[id];
    }

    private void table(int capacity) {
        ids = new int[capacity];
        Arrays.fill(ids, -1);
        heads = new long[capacity];
        tails = new long[capacity];
        lengths = new int[capacity];
        slots = capacity;
        mask = capacity - 1;
    }

    private void insert(int id) {
        byte[] word = words[id];
        long head = head(word, 0, word.length);
        long tail = word.length > 8 ? (long) Swar.LONGS.get(word, word.length - 8) : 0;
        int slot = hash(head, tail, word.length) & mask;
        while (ids[slot] >= 0) {
            slot = (slot + 1) & mask;
        }
        ids[slot] = id;
        heads[slot] = head;
        tails[slot] = tail;
        lengths[slot] = word.length;
    }

    /** Returns the first eight bytes (fewer, zero-padded, for a shorter word) as a long. */
    private static long head(byte[] b, int from, int to) {
        int n = to - from;
        if (n >= 8) {
            return (long) Swar.LONGS.get(b, from);
        }
        if (from + 8 <= b.length) {
            return n == 0 ? 0 : (long) Swar.LONGS.get(b, from) & (-1L >>> (64 - 8 * n));
        }
        long value = 0;
        for (int i = to - 1; i >= from; i--) {
            value = value << 8 | (b[i] & 0xFF);
        }
        return value;
    }

    private static int hash(long head, long tail, int n) {
        long h = (head ^ Long.rotateLeft(tail, 29) ^ n) * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32);
    }
}
