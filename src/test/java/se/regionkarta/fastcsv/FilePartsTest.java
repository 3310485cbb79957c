package se.regionkarta.fastcsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checking a header and splitting a file into parts at line boundaries. */
class FilePartsTest {

    private static final Function<String, RuntimeException> MISMATCH = IllegalStateException::new;

    @TempDir
    Path dir;

    @Test
    @DisplayName("parts begin after the header and at line starts, and together cover the file")
    void split() throws IOException {
        StringBuilder text = new StringBuilder("id,v\n");
        for (int i = 0; i < 1000; i++) {
            text.append(i).append(",value ").append(i).append('\n');
        }
        Path file = write(text.toString());
        byte[] bytes = Files.readAllBytes(file);
        try (FileChannel channel = FileChannel.open(file)) {
            List<FileParts.Part> parts = FileParts.split(channel, "id,v", 4, false, MISMATCH);
            assertThat(parts).hasSize(4);
            assertThat(parts.get(0).from()).isEqualTo(5);
            assertThat(parts.get(3).to()).isEqualTo(bytes.length);
            for (int k = 1; k < parts.size(); k++) {
                assertThat(parts.get(k).from()).isEqualTo(parts.get(k - 1).to());
                assertThat(bytes[(int) parts.get(k).from() - 1]).isEqualTo((byte) '\n');
            }
            assertThat(parts.stream().mapToLong(p -> countLines(channel, p)).sum()).isEqualTo(1000);
        }
    }

    @Test
    @DisplayName("on request a boundary moves on until the first field changes")
    void byFirstField() throws IOException {
        StringBuilder text = new StringBuilder("id,v\n");
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 100; j++) {
                text.append(i).append(',').append(j).append('\n');
            }
        }
        Path file = write(text.toString());
        byte[] bytes = Files.readAllBytes(file);
        try (FileChannel channel = FileChannel.open(file)) {
            List<FileParts.Part> parts = FileParts.split(channel, "id,v", 3, true, MISMATCH);
            assertThat(parts).hasSizeGreaterThan(1);
            for (int k = 1; k < parts.size(); k++) {
                int at = (int) parts.get(k).from();
                assertThat(bytes[at - 1]).isEqualTo((byte) '\n');
                assertThat(bytes[at + 2]).as("the first row of a part has a new first field").isEqualTo((byte) '0');
            }
        }
    }

    @Test
    @DisplayName("the header may have a byte order mark, CRLF and quoted names; another header or an empty file is refused")
    void header() throws IOException {
        try (FileChannel channel = FileChannel.open(write("\uFEFF\"id\",v\r\n1,2\n"))) {
            assertThat(FileParts.afterHeader(channel, "id,v", MISMATCH)).isEqualTo(3 + 8);
        }
        try (FileChannel channel = FileChannel.open(write("id,w\n1,2\n"))) {
            assertThatThrownBy(() -> FileParts.afterHeader(channel, "id,v", MISMATCH)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("expected the header id,v, got id,w");
        }
        try (FileChannel channel = FileChannel.open(write(""))) {
            assertThatThrownBy(() -> FileParts.split(channel, "id,v", 2, false, MISMATCH))
                    .hasMessage("the file is empty; expected the header id,v");
        }
    }

    @Test
    @DisplayName("counting lines counts a last line without a break too")
    void countsLines() throws IOException {
        try (FileChannel channel = FileChannel.open(write("a\nbb\n\nccc"))) {
            assertThat(FileParts.countLines(channel, 0, channel.size())).isEqualTo(4);
            assertThat(FileParts.countLines(channel, 0, 5)).isEqualTo(2);
        }
    }

    private Path write(String text) throws IOException {
        return Files.write(dir.resolve("file.csv"), text.getBytes(StandardCharsets.UTF_8));
    }

    private static long countLines(FileChannel channel, FileParts.Part part) {
        try {
            return FileParts.countLines(channel, part.from(), part.to());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
