package se.regionkarta.dataset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import se.regionkarta.input.BadInput;

/**
 * Decodes a data file as UTF-8, strictly: a byte that UTF-8 does not allow is refused at its line
 * and column instead of being replaced, since a silently replaced letter would end up in the
 * registry as "�". A byte-order mark at the start, which spreadsheet programs write, is dropped.
 */
final class Utf8 {

    /** The byte-order mark as a character, once the file is decoded. */
    private static final char BOM = '\uFEFF';

    private Utf8() {
    }

    /**
     * Returns the text of a file.
     *
     * @throws BadInput at the line of the first byte that is not UTF-8
     */
    static String decode(byte[] bytes) {
        if (isUtf16(bytes)) {
            throw BadInput.atLine(1, "not UTF-8: the file is UTF-16 (it begins with a UTF-16 byte-order mark);"
                    + " save it as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never gives more characters than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw notUtf8(bytes, in.position());
        }
        return withoutBom(out.flip().toString());
    }

    /** Returns the text without a byte-order mark at its start. */
    static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    /** Returns the text as far as it can be read, each bad byte replaced: enough to see what a broken file mentions. */
    static String lenient(byte[] bytes) {
        return new String(bytes, isUtf16(bytes) ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
    }

    private static boolean isUtf16(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
    }

    private static BadInput notUtf8(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // what comes before the bad byte on its line is sound UTF-8, so it can be counted in characters
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        int column = before.codePointCount(0, before.length()) + 1;
        String hex = String.format(Locale.ROOT, "0x%02X", bytes[offset] & 0xFF);
        return BadInput.atLine(line, "not UTF-8: the byte " + hex + " at column " + column + " (byte " + (offset + 1)
                + " of the file) cannot be read as UTF-8, as in a file saved as Latin-1 or Windows-1252; save it as UTF-8");
    }
}
