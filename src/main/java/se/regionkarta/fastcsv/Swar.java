package se.regionkarta.fastcsv;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Eight bytes at a time in a {@code long} ("SIMD within a register"), for the scanners of this package. */
final class Swar {

    /** Reads eight bytes of a byte array as a little-endian {@code long}: byte i is bits 8i to 8i + 7. */
    static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    static final long COMMAS = 0x2C2C2C2C2C2C2C2CL;
    static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    static final long QUOTES = 0x2222222222222222L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

    private Swar() {
    }

    /** Returns the high bit of each byte of the word that is zero, and no other bit (exact, no false hits). */
    static long zeroBytes(long word) {
        return ~(((word & LOW7) + LOW7) | word | LOW7);
    }
}
