package se.regionkarta.cooperation.settlement;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes CSV rows as bytes into a large buffer, for the generator: no String per field. */
final class CsvBytes {

    static final byte[] VISIT = "visit".getBytes(StandardCharsets.US_ASCII);
    static final byte[] DAY = "day".getBytes(StandardCharsets.US_ASCII);
    static final byte[] DRG = "drg".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final byte[] buf = new byte[1 << 20];
    private int pos;

    CsvBytes(OutputStream out) {
        this.out = out;
    }

    void text(String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        room(b.length);
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
    }

    /** Writes a field and the comma after it. */
    void field(byte[] b) throws IOException {
        room(b.length + 1);
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
        buf[pos++] = ',';
    }

    /** Writes a whole number (not negative) as the last field of the row. */
    void number(long n) throws IOException {
        room(20);
        pos = digits(n, pos);
    }

    /** Writes ten-thousandths as points with four decimals, as the last field of the row. */
    void points(long tenThousandths) throws IOException {
        room(24);
        pos = digits(tenThousandths / 10_000, pos);
        buf[pos++] = '.';
        long fraction = tenThousandths % 10_000;
        for (int div = 1000; div > 0; div /= 10) {
            buf[pos++] = (byte) ('0' + fraction / div % 10);
        }
    }

    void endRow() throws IOException {
        room(1);
        buf[pos++] = '\n';
    }

    void flush() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
        out.flush();
    }

    private int digits(long n, int at) {
        if (n >= 10) {
            at = digits(n / 10, at);
        }
        buf[at] = (byte) ('0' + n % 10);
        return at + 1;
    }

    private void room(int n) throws IOException {
        if (pos + n > buf.length) {
            out.write(buf, 0, pos);
            pos = 0;
        }
    }
}
