package se.regionkarta.cooperation.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.regionkarta.cooperation.settlement.model.Settlement;
import se.regionkarta.cooperation.settlement.model.Unpriced;
import se.regionkarta.cooperation.settlement.model.UnpricedReason;
import se.regionkarta.input.BadInput;

/** The events reader on the edges of CSV: line endings, byte order mark, quotes, empty lines, bad numbers. */
class EventsCsvTest {

    private static final String ROW = "kalmar,ostergotland,ostergotland.us,2025-03-01,visit,kardiologi,1";

    @TempDir
    Path dir;

    @Test
    @DisplayName("CRLF line endings read like LF")
    void crlf() {
        Fixture f = new Fixture(dir);
        Settlement s = f.settle(f.write(Fixture.HEADER.replace("\n", "\r\n") + ROW + "\r\n" + ROW + "\r\n"));

        assertThat(s.priced()).isEqualTo(2);
        assertThat(s.totalOre()).isEqualTo(620_100);
    }

    @Test
    @DisplayName("a UTF-8 byte order mark before the header is skipped")
    void bom() {
        Fixture f = new Fixture(dir);
        byte[] text = (Fixture.HEADER + ROW + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        assertThat(f.settle(f.write(withBom)).priced()).isEqualTo(1);
    }

    @Test
    @DisplayName("quoted fields are read without their quotes; a comma or doubled quote inside stays in the field")
    void quoted() {
        Fixture f = new Fixture(dir);
        Settlement s = f.settle(f.write("\"home_region\",provider_region,provider_unit,date,kind,code,quantity\n"
                + "\"kalmar\",\"ostergotland\",\"ostergotland.us\",\"2025-03-01\",\"visit\",\"kardiologi\",\"2\"\n"
                + "\"kal,mar\",ostergotland,ostergotland.us,2025-03-01,visit,kardiologi,1\n"
                + "kalmar,ostergotland,\"ostergotland.\"\"us\"\"\",2025-03-01,visit,kardiologi,1\n"
                + "kalmar,ostergotland,\"ostergotland.us,2025-03-01,visit,kardiologi,1\n"
                + "kalmar,ostergotland,\"ostergotland\"x,2025-03-01,visit,kardiologi,1\n"));

        assertThat(s.priced()).isEqualTo(2);
        assertThat(s.totalOre()).isEqualTo(3 * 310_050);
        assertThat(s.unpriced().first()).extracting(Unpriced::line, Unpriced::reason, Unpriced::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, UnpricedReason.UNKNOWN_REGION, "unknown region 'kal,mar'"),
                org.assertj.core.groups.Tuple.tuple(5L, UnpricedReason.MALFORMED, "a quoted field does not end on its line"),
                org.assertj.core.groups.Tuple.tuple(6L, UnpricedReason.MALFORMED,
                        "a quoted field must be followed by a comma or the end of the line"));
    }

    @Test
    @DisplayName("empty lines are skipped but counted, so later lines keep their numbers")
    void emptyLines() {
        Fixture f = new Fixture(dir);
        Settlement s = f.settle(f.write(Fixture.HEADER + "\n" + ROW + "\n\n\r\n" + ROW.replace("kalmar,", "kalmr,") + "\n\n"));

        assertThat(s.rows()).isEqualTo(2);
        assertThat(s.unpriced().first()).extracting(Unpriced::line).containsExactly(6L);
    }

    @Test
    @DisplayName("malformed quantities are reported with their line: fractions of visits, zero, too many decimals")
    void badNumbers() {
        Fixture f = new Fixture(dir);
        String base = "kalmar,ostergotland,ostergotland.us,2025-03-01,";
        Settlement s = f.settle(f.events(base + "visit,kardiologi,1.5", base + "visit,kardiologi,0",
                base + "visit,kardiologi,", base + "day,,100000", base + "drg,F62C,1.23456", base + "drg,F62C,1000",
                base + "drg,F62C,.5", base + "drg,F62C,0.0000", base + "visit,kardiologi,-1", base + "visit,kardiologi, 1",
                base + "drg,F62C,999.9999", base + "day,,99999"));

        assertThat(s.unpriced().first()).extracting(Unpriced::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        assertThat(s.unpriced().first()).extracting(Unpriced::reason).containsOnly(UnpricedReason.MALFORMED);
        assertThat(s.unpriced().first().get(0).detail())
                .isEqualTo("the quantity of a visit must be a whole number of visits from 1 to 99999, got '1.5'");
        assertThat(s.unpriced().first().get(4).detail()).startsWith("the quantity of a drg must be a DRG weight");
        assertThat(s.priced()).isEqualTo(2);
    }

    @Test
    @DisplayName("bad dates are malformed: wrong form, 30 February, 29 February outside a leap year")
    void badDates() {
        Fixture f = new Fixture(dir);
        Settlement s = f.settle(f.events(ROW.replace("2025-03-01", "2025-3-01"), ROW.replace("2025-03-01", "2025-02-29"),
                ROW.replace("2025-03-01", "2024-02-29"), ROW.replace("2025-03-01", "01.03.2025"),
                ROW.replace("2025-03-01", "2025-03-00")));

        assertThat(s.unpriced().first()).extracting(Unpriced::line).containsExactly(2L, 3L, 5L, 6L);
        assertThat(s.priced()).isEqualTo(1);
    }

    @Test
    @DisplayName("the last row is read even without a line break at the end of the file")
    void noFinalNewline() {
        Fixture f = new Fixture(dir);
        assertThat(f.settle(f.write(Fixture.HEADER + ROW + "\n" + ROW)).priced()).isEqualTo(2);
        assertThat(f.settle(f.write(Fixture.HEADER.strip())).rows()).isZero();
    }

    @Test
    @DisplayName("a file without the header is refused as a whole, naming line 1")
    void header() {
        Fixture f = new Fixture(dir);
        assertThatThrownBy(() -> f.settle(f.write(ROW + "\n"))).isInstanceOfSatisfying(BadInput.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.message()).startsWith("expected the header home_region,provider_region");
                    assertThat(p.line()).isEqualTo(1);
                }));
        assertThatThrownBy(() -> f.settle(f.write(""))).hasMessageContaining("empty");
        assertThatThrownBy(() -> f.settle(f.write(Fixture.HEADER.replace("quantity", "qty") + ROW)))
                .hasMessageContaining("got home_region,provider_region,provider_unit,date,kind,code,qty");
    }

    @Test
    @DisplayName("a row longer than the read buffer is read whole, and rows after it keep their line numbers")
    void longRow() {
        Fixture f = new Fixture(dir);
        char[] unit = new char[3 << 20];
        Arrays.fill(unit, 'x');
        Settlement s = f.settle(f.events(ROW, ROW.replace("ostergotland.us", "ostergotland." + new String(unit)),
                ROW.replace("kalmar,", "nowhere,")));

        assertThat(s.priced()).isEqualTo(2);
        assertThat(s.unpriced().first()).extracting(Unpriced::line).containsExactly(4L);
    }

    @Test
    @DisplayName("rows with too few or too many fields are malformed")
    void fieldCount() {
        Fixture f = new Fixture(dir);
        Settlement s = f.settle(f.events(ROW + ",extra", "kalmar", " "));

        assertThat(s.unpriced().first()).extracting(Unpriced::detail).containsExactly("expected 7 fields, found 8",
                "expected 7 fields, found 1", "expected 7 fields, found 1");
    }
}
