package se.regionkarta.carechoice.compensation;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Numbers words (area, provider and scheme ids) in the order they are first seen, and finds them
 * straight from the bytes of a CSV field, so that reading a row makes no String. Open addressing
 * with linear probing over a table at most a quarter full. A word is held as its first eight bytes
 * and its last eight (which overlap for words of 9–15 bytes) in two longs per slot, so finding a
 * word of up to 16 bytes — every id of the generated files — is two long comparisons and no loop;
 * longer words compare their middle bytes as well. The hash is taken from the same two longs. Not
 * thread-safe while words are added; a dictionary that is only read may be shared.
 */
final class Words {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Three longs a slot, side by side so that a probe reads one cache line: head, tail, length << 32 | id (-1: empty). */
    private static final int STRIDE = 3;
    private static final long EMPTY = -1L;

    private byte[][] words = new byte[16][];
    private long[] table;
    private int slots;
    private int mask;
    private int size;
    private final int limit;

    /** @param limit the most words the dictionary may hold */
    Words(int limit) {
        this.limit = limit;
        table(64);
    }

    /** Returns a dictionary of the words, numbered in their order; a word given twice is an error. */
    static Words of(List<String> words, int limit) {
        Words dictionary = new Words(limit);
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
    int find(byte[] b, int from, int to) {
        int n = to - from;
        long head = head(b, from, to);
        long tail = n > 8 ? (long) LONGS.get(b, to - 8) : 0;
        final long[] t = table;
        int slot = hash(head, tail, n) & mask;
        long key;
        while ((key = t[slot * STRIDE + 2]) != EMPTY) {
            if (t[slot * STRIDE] == head && t[slot * STRIDE + 1] == tail && (int) (key >>> 32) == n
                    && (n <= 16 || Arrays.equals(words[(int) key], 8, n - 8, b, from + 8, to - 8))) {
                return (int) key;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** Returns the number of the word, adding it if new; -1 if it is new and the dictionary is full. */
    int add(byte[] b, int from, int to) {
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

    int size() {
        return size;
    }

    String word(int id) {
        return new String(words[id], StandardCharsets.UTF_8);
    }

    private void table(int capacity) {
        table = new long[capacity * STRIDE];
        for (int slot = 0; slot < capacity; slot++) {
            table[slot * STRIDE + 2] = EMPTY;
        }
        slots = capacity;
        mask = capacity - 1;
    }

    private void insert(int id) {
        byte[] word = words[id];
        long head = head(word, 0, word.length);
        long tail = word.length > 8 ? (long) LONGS.get(word, word.length - 8) : 0;
        int slot = hash(head, tail, word.length) & mask;
        while (table[slot * STRIDE + 2] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        table[slot * STRIDE] = head;
        table[slot * STRIDE + 1] = tail;
        table[slot * STRIDE + 2] = (long) word.length << 32 | id;
    }

    /** Returns the first eight bytes (fewer, zero-padded, for a shorter word) as a long. */
    private static long head(byte[] b, int from, int to) {
        int n = to - from;
        if (n >= 8) {
            return (long) LONGS.get(b, from);
        }
        if (from + 8 <= b.length) {
            return n == 0 ? 0 : (long) LONGS.get(b, from) & (-1L >>> (64 - 8 * n));
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
