package se.regionkarta.carechoice.compensation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the small CSV files (areas, providers, visits) as text, one line at a time, with the same
 * rules as the large ones: a header first, LF or CRLF, an optional byte order mark, empty lines
 * skipped and counted, fields quoted with {@code ""} for a quote. Speed does not matter here;
 * clear messages with lines do.
 */
final class SmallCsv {

    /** A row and its line in the file. */
    record Row(long line, List<String> fields) {
        String get(int k) {
            return fields.get(k);
        }
    }

    private SmallCsv() {
    }

    /**
     * Reads the rows after the header, checking that each has as many fields as the header.
     *
     * @param name the name of the input, which every problem names
     */
    static List<Row> read(Path file, String name, String header) throws IOException {
        String text = decode(file, name);
        String[] lines = text.split("\n", -1);
        int columns = header.split(",").length;
        List<Row> rows = new ArrayList<>();
        Problems problems = new Problems();
        boolean seenHeader = false;
        for (int i = 0; i < lines.length; i++) {
            long line = i + 1;
            String raw = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (raw.isEmpty()) {
                continue;
            }
            List<String> fields = fields(raw);
            if (!seenHeader) {
                if (fields == null || !String.join(",", fields).equals(header)) {
                    throw Problems.refuse(name, line, "expected the header " + header + ", got " + raw);
                }
                seenHeader = true;
            } else if (fields == null) {
                problems.add(line, "a quoted field must end on its line and be followed by a comma or the end of the line");
            } else if (fields.size() != columns) {
                problems.add(line, "expected " + columns + " fields (" + header + "), found " + fields.size());
            } else {
                rows.add(new Row(line, fields));
            }
        }
        if (!seenHeader) {
            throw Problems.refuse(name, 1, "the file is empty; expected the header " + header);
        }
        Problems.throwIfAny(name, List.of(problems));
        return rows;
    }

    /** Splits a line into fields, or returns null if a quote is left open. */
    static List<String> fields(String row) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            field.setLength(0);
            if (i < row.length() && row.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= row.length()) {
                        return null;
                    }
                    char c = row.charAt(i);
                    if (c == '"') {
                        if (i + 1 < row.length() && row.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.append(c);
                    i++;
                }
                if (i < row.length() && row.charAt(i) != ',') {
                    return null;
                }
            } else {
                while (i < row.length() && row.charAt(i) != ',') {
                    field.append(row.charAt(i++));
                }
            }
            out.add(field.toString());
            if (i >= row.length()) {
                return out;
            }
            i++;
        }
    }

    private static String decode(Path file, String name) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            throw Problems.refuse(name, 0, "the file is not UTF-8 text");
        }
    }
}
