package se.regionkarta.cooperation.settlement;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Maps a fixed set of words to small numbers, looked up straight from the bytes of a CSV field so
 * that reading a row makes no String. Open addressing with linear probing over a table at most a
 * quarter full; built once and then only read, so threads can share it.
 *
 * <p>A word is compared eight bytes at a time: its first eight bytes and its last eight (which
 * overlap for words of 9–15 bytes) are kept as two longs per slot, so a lookup of a word of up to
 * 16 bytes (every region id but one, every code) is two long comparisons; longer words compare
 * their middle bytes as well. The hash is taken from the same two longs.
 */
final class ByteDictionary {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final byte[][] words;
    private final int[] slots;
    private final long[] heads;
    private final long[] tails;
    private final int[] lengths;
    private final int mask;
    private final int firstId;

    /** Numbers the words in the order given: the first is 0. */
    ByteDictionary(List<String> words) {
        this(words, 0);
    }

    /** Numbers the words in the order given, the first {@code firstId}. */
    ByteDictionary(List<String> words, int firstId) {
        this.firstId = firstId;
        this.words = new byte[words.size()][];
        int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
        slots = new int[size];
        heads = new long[size];
        tails = new long[size];
        lengths = new int[size];
        Arrays.fill(slots, -1);
        mask = size - 1;
        for (int id = 0; id < words.size(); id++) {
            byte[] word = words.get(id).getBytes(StandardCharsets.UTF_8);
            if (find(word, 0, word.length) >= 0) {
                throw new IllegalArgumentException("the word '" + words.get(id) + "' appears twice");
            }
            this.words[id] = word;
            long head = head(word, 0, word.length);
            long tail = tail(word, 0, word.length);
            int slot = hash(head, tail, word.length) & mask;
            while (slots[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id;
            heads[slot] = head;
            tails[slot] = tail;
            lengths[slot] = word.length;
        }
    }

    /** Returns the number of the word in {@code bytes[from, to)}, or -1 if it is not in the dictionary. */
    int find(byte[] bytes, int from, int to) {
        int n = to - from;
        long head = head(bytes, from, to);
        long tail = tail(bytes, from, to);
        int slot = hash(head, tail, n) & mask;
        int id;
        while ((id = slots[slot]) >= 0) {
            if (lengths[slot] == n && heads[slot] == head && tails[slot] == tail
                    && (n <= 16 || Arrays.equals(words[id], 8, n - 8, bytes, from + 8, to - 8))) {
                return firstId + id;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    int size() {
        return words.length;
    }

    /** Returns the bytes of a word; the caller must not change them. */
    byte[] bytes(int id) {
        return words[id - firstId];
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

    /** Returns the last eight bytes of a word longer than eight, else 0. */
    private static long tail(byte[] b, int from, int to) {
        return to - from > 8 ? (long) LONGS.get(b, to - 8) : 0;
    }

    private static int hash(long head, long tail, int n) {
        long h = (head ^ Long.rotateLeft(tail, 29) ^ n) * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32);
    }
}
