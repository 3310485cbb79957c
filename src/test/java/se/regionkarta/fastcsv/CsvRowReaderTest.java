package se.regionkarta.fastcsv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared row splitter on the edges of CSV: line ends, empty lines, quotes, long rows, parts of a file. */
class CsvRowReaderTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("rows are split into fields; LF, CRLF and a last line without a break all end a row; empty lines are counted")
    void splits() throws IOException {
        Path file = write("a,bb,ccc\r\n\n1,,3\r\n\r\nx,y,z");
        assertThat(rows(file, 3)).containsExactly("1: 3 [a|bb|ccc]", "3: 3 [1||3]", "5: 3 [x|y|z]", "lines 5");
    }

    @Test
    @DisplayName("every comma is counted, but only the first maxFields fields get bounds")
    void moreFieldsThanBounded() throws IOException {
        Path file = write("a,b,c,d,e,f,g,h,i,j,k,l\nshort\n,,,,,,,,,,,,,,,,,,,\n");
        assertThat(rows(file, 3)).containsExactly("1: 12 [a|b|c]", "2: 1 [short]", "3: 20 [||]", "lines 3");
    }

    @Test
    @DisplayName("quoted fields lose their quotes, keep commas and doubled quotes; a quote left open or followed by text is told apart")
    void quotes() throws IOException {
        Path file = write("\"a\",\"b,c\",\"d\"\"e\"\n\"open,x,y\nz,\"q\"x,y\n\"\",\"\",\"\"\n");
        assertThat(rows(file, 3)).containsExactly("1: 3 [a|b,c|d\"e]", "2: " + CsvRowReader.UNCLOSED_QUOTE,
                "3: " + CsvRowReader.TEXT_AFTER_QUOTE, "4: 3 [||]", "lines 4");
    }

    @Test
    @DisplayName("rows longer than the buffer and rows across the 1 MiB blocks are read whole")
    void blocks() throws IOException {
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        String longField = "L".repeat(3 << 20);
        text.append("x,").append(longField).append(",y\n");
        expected.add("1: 3 [x|" + longField.length() + "|y]");
        for (int i = 2; i <= 60_000; i++) {
            String a = "r" + i;
            String b = Integer.toString(i * 7);
            text.append(a).append(',').append(b).append(i % 3 == 0 ? ",\"q\"\"" + i + "\"\r\n" : ",z\n");
            expected.add(i + ": 3 [" + a + "|" + b + "|" + (i % 3 == 0 ? "q\"" + i : "z") + "]");
        }
        expected.add("lines 60000");
        List<String> got = rows(write(text.toString()), 3);
        got.set(0, got.get(0).replace(longField, Integer.toString(longField.length())));
        assertThat(got).containsExactlyElementsOf(expected);
    }

    @Test
    @DisplayName("a part of a file is read alone, its first line numbered 1; an empty part has no lines")
    void part() throws IOException {
        Path file = write("h1,h2\na,b\nc,d\n");
        try (FileChannel channel = FileChannel.open(file)) {
            CsvRowReader rows = new CsvRowReader(channel, 6, channel.size(), 2);
            assertThat(rows.next()).isTrue();
            assertThat(rows.line()).isEqualTo(1);
            assertThat(field(rows, 0)).isEqualTo("a");
            assertThat(rows.next()).isTrue();
            assertThat(field(rows, 1)).isEqualTo("d");
            assertThat(rows.next()).isFalse();
            assertThat(rows.lines()).isEqualTo(2);
            CsvRowReader empty = new CsvRowReader(channel, 6, 6, 2);
            assertThat(empty.next()).isFalse();
            assertThat(empty.lines()).isZero();
        }
    }

    private Path write(String text) throws IOException {
        return Files.write(dir.resolve("rows.csv"), text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> rows(Path file, int maxFields) throws IOException {
        List<String> out = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file)) {
            CsvRowReader rows = new CsvRowReader(channel, 0, channel.size(), maxFields);
            while (rows.next()) {
                if (rows.fields() < 0) {
                    out.add(rows.line() + ": " + rows.fields());
                    continue;
                }
                List<String> fields = new ArrayList<>();
                for (int k = 0; k < Math.min(rows.fields(), maxFields); k++) {
                    fields.add(field(rows, k));
                }
                out.add(rows.line() + ": " + rows.fields() + " [" + String.join("|", fields) + "]");
            }
            out.add("lines " + rows.lines());
        }
        return out;
    }

    private static String field(CsvRowReader rows, int k) {
        int[] s = rows.separators();
        return new String(rows.bytes(), s[k] + 1, s[k + 1] - s[k] - 1, StandardCharsets.UTF_8);
    }
}
