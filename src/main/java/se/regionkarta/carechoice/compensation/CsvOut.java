package se.regionkarta.carechoice.compensation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes CSV rows as bytes into a large buffer, for the generator: no String per field. */
final class CsvOut implements AutoCloseable {

    private final OutputStream out;
    private final byte[] buf = new byte[1 << 20];
    private int pos;

    CsvOut(OutputStream out) {
        this.out = out;
    }

    void text(String s) throws IOException {
        bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    void bytes(byte[] b) throws IOException {
        room(b.length);
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
    }

    void comma() throws IOException {
        room(1);
        buf[pos++] = ',';
    }

    void endRow() throws IOException {
        room(1);
        buf[pos++] = '\n';
    }

    /** Writes a whole number that is not negative. */
    void number(long n) throws IOException {
        room(20);
        if (n == 0) {
            buf[pos++] = '0';
            return;
        }
        int digits = 0;
        for (long m = n; m > 0; m /= 10) {
            digits++;
        }
        int at = pos + digits;
        for (long m = n; m > 0; m /= 10) {
            buf[--at] = (byte) ('0' + m % 10);
        }
        pos += digits;
    }

    @Override
    public void close() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
        out.close();
    }

    private void room(int n) throws IOException {
        if (pos + n > buf.length) {
            out.write(buf, 0, pos);
            pos = 0;
        }
    }
}
