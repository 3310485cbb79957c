package se.regionkarta.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.regionkarta.dataset.DataFixture.fileProblems;
import static se.regionkarta.dataset.DataFixture.lineOf;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.input.Problem;
import se.regionkarta.registry.model.Unit;

/**
 * Data files as bytes on disk (issue 11, item 7): a file that is not UTF-8 is named with the line
 * of its first bad byte while the others are still checked, and a byte-order mark is accepted.
 */
class FileEncodingTest {

    @TempDir
    Path data;

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    @DisplayName("a file saved as Latin-1 is named with the line and column of its first bad byte, and the other files are still checked")
    void latin1File() throws IOException {
        // given: the units in Latin-1 (the first "ä" is in "Region Kalmar län"), and a schema problem in another file
        writeGood();
        Files.write(data.resolve("units.yaml"), DataFixture.UNITS.getBytes(Charset.forName("ISO-8859-1")));
        String bodies = DataFixture.BODIES.replace("kind: assembly", "kind: assemblee");
        write("bodies.yaml", bodies);

        // when
        LoadResult result = loader().load(data);

        // then
        int line = lineOf(DataFixture.UNITS, "Region Kalmar län");
        assertThat(fileProblems(result)).extracting(Problem::file, Problem::line).containsExactly(
                tuple("bodies.yaml", lineOf(bodies, "kind: assemblee")),
                tuple("units.yaml", line));
        String column = String.valueOf(DataFixture.UNITS.lines().toList().get(line - 1).indexOf('ä') + 1);
        assertThat(fileProblems(result).get(1).message()).startsWith("not UTF-8")
                .contains("0xE4", "column " + column, "save it as UTF-8");
    }

    @Test
    @DisplayName("a bad byte on the first line is reported at line 1")
    void badByteOnFirstLine() throws IOException {
        // given
        writeGood();
        Files.write(data.resolve("extra.yaml"), new byte[] {'#', ' ', (byte) 0xFF, '\n'});

        // when
        LoadResult result = loader().load(data);

        // then
        assertThat(fileProblems(result)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("extra.yaml");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("0xFF", "column 3", "byte 3 of the file");
        });
    }

    @Test
    @DisplayName("a file saved as UTF-16 is named as UTF-16")
    void utf16File() throws IOException {
        // given
        writeGood();
        Files.write(data.resolve("units.yaml"), DataFixture.UNITS.getBytes(StandardCharsets.UTF_16));

        // when
        LoadResult result = loader().load(data);

        // then
        assertThat(fileProblems(result)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("units.yaml");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("not UTF-8", "UTF-16");
        });
    }

    @Test
    @DisplayName("a byte-order mark at the start of a CSV file, as spreadsheet programs write it, is accepted")
    void bomInCsv() throws IOException {
        // given
        writeGood();
        Files.write(data.resolve("figures.csv"), withBom(DataFixture.FIGURES));

        // when
        LoadResult result = loader().load(data);

        // then
        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().all(KeyFigure.class)).hasSize(3);
    }

    @Test
    @DisplayName("a byte-order mark at the start of a YAML file is accepted and the lines are counted as written")
    void bomInYaml() throws IOException {
        // given: a BOM, and a parent that does not exist so that a line is reported
        writeGood();
        String extra = """
                units:
                  - id: kalmar.lab
                    name: Laboratoriemedicin
                    kind: service
                    parent: kalmar.nowhere
                    sources: [src-a]
                """;
        Files.write(data.resolve("units.yaml"), withBom(DataFixture.UNITS));
        Files.write(data.resolve("extra.yaml"), withBom(extra));

        // when
        LoadResult result = loader().load(data);

        // then
        assertThat(result.dataset().all(Unit.class)).extracting(Unit::id).contains("kalmar", "kalmar.hsf");
        assertThat(fileProblems(result)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("extra.yaml");
            assertThat(p.message()).contains("kalmar.nowhere");
        });
    }

    @Test
    @DisplayName("a byte-order mark in text given directly is accepted too")
    void bomInText() {
        // when
        LoadResult result = DataFixture.load(DataFixture.goodWith("figures.csv", "\uFEFF" + DataFixture.FIGURES));

        // then
        assertThat(result.problems()).isEmpty();
    }

    @Test
    @DisplayName("a data file that cannot be read is named, and the other files are still checked")
    void unreadableFile() throws IOException {
        // given
        writeGood();
        write("bodies.yaml", DataFixture.BODIES.replace("kind: assembly", "kind: assemblee"));
        // the tests run as root, who reads any file: the refusal a file without read permission gives is made here
        DataFiles.ByteReader deniedForUnits = file -> {
            if (file.getFileName().toString().equals("units.yaml")) {
                throw new AccessDeniedException(file.toString());
            }
            return Files.readAllBytes(file);
        };

        // when
        DataFiles.Listing listing = DataFiles.read(data, deniedForUnits);
        LoadResult result = loader().load(listing, data.toString());

        // then
        assertThat(fileProblems(result)).extracting(Problem::file).containsExactly("bodies.yaml", "units.yaml");
        assertThat(fileProblems(result).get(1).message()).contains("cannot be read", "permission denied");
    }

    private void writeGood() throws IOException {
        for (Map.Entry<String, String> file : DataFixture.good().entrySet()) {
            write(file.getKey(), file.getValue());
        }
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(data.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }

    private static DatasetLoader loader() {
        return se.regionkarta.SectionReaders.loader();
    }
}
