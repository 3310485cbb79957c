package se.regionkarta.elections;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;

/**
 * Decodes an uploaded file strictly as UTF-8: bytes that are not UTF-8 (a file saved as Latin-1 or
 * Windows-1252, as spreadsheet programs still do) are refused with the line they are on, instead of
 * being turned silently into replacement characters and wrong party names. A byte order mark is
 * dropped.
 */
final class Utf8 {

    private Utf8() {
    }

    /** Returns the text of the bytes of the input named {@code file} (or null), refusing bytes that are not UTF-8. */
    static String decode(byte[] bytes, String file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw new BadInput(Problem.at(file, lineAt(bytes, at), String.format("the file is not UTF-8: byte 0x%02X at byte %d cannot be "
                    + "read; save the file as UTF-8", bytes[Math.min(at, bytes.length - 1)] & 0xff, at + 1)));
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
