package se.regionkarta.carechoice.compensation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.regionkarta.carechoice.compensation.model.AgeBand;
import se.regionkarta.carechoice.compensation.model.CompensationModel;
import se.regionkarta.carechoice.compensation.model.ModelVersion;
import se.regionkarta.carechoice.compensation.model.Resident;
import se.regionkarta.input.BadInput;

/** The input files' edge cases: what is accepted, and every refusal with the line it is on. */
class InputFilesTest {

    /** A refusal's problem as these tests compare it: its line and message (each names the file read). */
    private record Problem(long line, String message) {
    }

    /** Returns the problems of a refusal of the input, by line and message. */
    private static List<Problem> problems(Throwable e) {
        assertThat(e).isInstanceOf(BadInput.class);
        return ((BadInput) e).problems().stream().map(p -> new Problem(p.line(), p.message())).toList();
    }

    private static final String RESIDENTS = "resident,birth_year,sex,home_area\n";
    private static final String LISTINGS = "resident,scheme,provider,from,until\n";
    private static final CompensationModel MODEL = new CompensationModel("m", "s", false, "", List.of(new ModelVersion(
            LocalDate.of(2025, 1, 1), null, false, List.of(AgeBand.of(0, null, 360_000)), 0, java.util.Map.of(), 0, 0)));

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private Population residents(String text) throws IOException {
        return Population.read(file("residents.csv", text), null, 2);
    }

    private List<Problem> residentProblems(String text) {
        return problems(org.junit.jupiter.api.Assertions.assertThrows(BadInput.class, () -> residents(text)));
    }

    private List<Problem> listingProblems(String residents, String listings, int threads) throws IOException {
        Population population = residents(residents);
        Path file = file("listings.csv", listings);
        return problems(org.junit.jupiter.api.Assertions.assertThrows(BadInput.class,
                () -> new Compensator(MODEL, null, null, List.of()).settle(YearMonth.of(2025, 3), population, file, threads)));
    }

    @Test
    @DisplayName("a byte order mark, CRLF, empty lines and quoted fields are read, and empty lines still count as lines")
    void friendlyFormatting() throws IOException {
        Population p = residents("\uFEFF" + RESIDENTS.replace("\n", "\r\n") + "\r\n1,1990,F,a1\r\n\r\n\"2\",\"1985\",M,\"a,2\"\r\n");

        assertThat(p.size()).isEqualTo(2);
        assertThat(p.resident(1)).isEqualTo(new Resident(2, 1985, se.regionkarta.carechoice.compensation.model.Sex.MALE, "a,2"));
        assertThat(residentProblems(RESIDENTS + "\n\n1,1990,K,a1\n")).containsExactly(
                new Problem(4, "sex must be F or M, got 'K'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0,1990,F,a", "1234567890,1990,F,a", "19900101-1234,1990,F,a", "x1,1990,F,a"})
    @DisplayName("a resident id is one to nine digits: a personal identity number does not fit")
    void residentIds(String row) {
        assertThat(residentProblems(RESIDENTS + row + "\n")).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(2))
                .satisfies(p -> assertThat(p.message()).startsWith("a resident id is a whole number from 1 to 999999999"));
    }

    @Test
    @DisplayName("bad residents are reported each with its line, and the order of ids is checked across the threads' parts")
    void residentsProblems() {
        StringBuilder text = new StringBuilder(RESIDENTS);
        for (int id = 1001; id <= 2000; id++) {
            text.append(id).append(",1990,F,a1\n");
        }
        for (int id = 1; id <= 1000; id++) {
            text.append(id).append(",1990,F,a1\n");
        }
        text.append("1000,1990,F,a1\n5000,90,F,a1\n5001,1990,F\n5002,1990,F,\n5003,1990,F,\"a1\n");
        assertThat(residentProblems(text.toString())).containsExactly(
                new Problem(1002, "the residents must be in increasing order of id, with no id twice: 1 comes after 2000"),
                new Problem(2002, "the residents must be in increasing order of id, with no id twice: 1000 comes after 1000"),
                new Problem(2003, "birth_year must be a year of four digits from 1800, got '90'"),
                new Problem(2004, "expected 4 fields (resident,birth_year,sex,home_area), found 3"),
                new Problem(2005, "home_area is missing"),
                new Problem(2006, "a quoted field must end on its line and be followed by a comma or the end of the line"));
    }

    @Test
    @DisplayName("a file without its header is refused on line 1")
    void header() {
        assertThat(residentProblems("id,year,sex,area\n1,1990,F,a\n")).containsExactly(new Problem(1,
                "expected the header resident,birth_year,sex,home_area, got id,year,sex,area"));
        assertThat(residentProblems("")).containsExactly(new Problem(1,
                "the file is empty; expected the header resident,birth_year,sex,home_area"));
    }

    @Test
    @DisplayName("with an areas file, a resident's home area must be in it")
    void unknownArea() throws IOException {
        HomeAreas areas = HomeAreas.read(file("areas.csv", "area,care_need_index\na1,1.0000\na2,0.8125\n"));
        Path residents = file("residents.csv", RESIDENTS + "1,1990,F,a1\n2,1990,F,a3\n");

        assertThatThrownBy(() -> Population.read(residents, areas, 1)).isInstanceOf(BadInput.class)
                .extracting(InputFilesTest::problems)
                .isEqualTo(List.of(new Problem(3, "no home area 'a3' in the areas file")));
    }

    @Test
    @DisplayName("bad areas are refused with their line: an index with five decimals, zero, an area twice")
    void areas() throws IOException {
        Path file = file("areas.csv", "area,care_need_index\na1,1.00001\na2,0\na3,1.5\na3,1.2\n");

        assertThatThrownBy(() -> HomeAreas.read(file)).isInstanceOf(BadInput.class)
                .extracting(e -> problems(e).stream().map(Problem::line).toList())
                .isEqualTo(List.of(2L, 3L, 5L));
    }

    @Test
    @DisplayName("listings out of order, overlapping, of unknown residents, before the year of birth or ending before they begin are refused")
    void listingsProblems() throws IOException {
        String residents = RESIDENTS + "1,1990,F,a\n2,2025,M,a\n3,1970,F,a\n";
        String listings = LISTINGS
                + "1,s,vc-a,2024-01-01,2025-03-10\n"
                + "1,s,vc-b,2025-03-10,\n"                 // 3: overlaps the one before on 10 March
                + "1,t,ftv,2025-03-10,\n"                   // another scheme may overlap
                + "2,s,vc-a,2024-12-01,\n"                  // 5: born 2025
                + "3,s,vc-a,2025-04-01,2025-03-01\n"        // 6: ends before it begins
                + "4,s,vc-a,2025-01-01,\n"                  // 7: no such resident
                + "3,s,vc-a,2025-02-30,\n"                  // 8: no such day
                + "3,s,,2025-01-01,\n"                      // 9: no provider
                + "1,s,vc-a,2026-01-01,\n";                 // 10: out of order
        List<Problem> problems = listingProblems(residents, listings, 1);

        assertThat(problems).extracting(Problem::line).containsExactly(3L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(problems.get(0).message()).isEqualTo(
                "resident 1 is listed twice in scheme 's' on 2025-03-10: this listing begins before the one before it ends");
        assertThat(problems.get(1).message()).isEqualTo("resident 2 is listed from 2024-12-01, before the year of birth 2025");
        assertThat(problems.get(3).message()).isEqualTo("no resident 4 in the residents file");
        assertThat(problems.get(4).message()).isEqualTo("from must be a day written YYYY-MM-DD, got '2025-02-30'");
        assertThat(problems.get(6).message()).isEqualTo("the listings must be in order of resident: 1 comes after 3");
    }

    @Test
    @DisplayName("one listing out of place is one problem, on one thread or two")
    void orderAcrossParts() throws IOException {
        StringBuilder residents = new StringBuilder(RESIDENTS);
        StringBuilder listings = new StringBuilder(LISTINGS);
        for (int id = 1; id <= 4000; id++) {
            residents.append(id).append(",1990,F,a\n");
        }
        List<String> rows = new ArrayList<>();
        for (int id = 1; id <= 4000; id++) {
            rows.add(id + ",s,vc-" + id % 7 + ",2024-01-01,\n");
        }
        rows.subList(2000, 4000).forEach(listings::append);
        rows.subList(0, 2000).forEach(listings::append);
        for (int threads = 1; threads <= 2; threads++) {
            assertThat(listingProblems(residents.toString(), listings.toString(), threads)).containsExactly(
                    new Problem(2002, "the listings must be in order of resident: 1 comes after 4000"));
        }
    }

    @Test
    @DisplayName("with a providers file, a listing of the scheme must name one of its providers; other schemes are not checked")
    void unknownProvider() throws IOException {
        Population population = residents(RESIDENTS + "1,1990,F,a\n2,1990,F,a\n");
        Path listings = file("listings.csv", LISTINGS + "1,s,vc-a,2020-01-01,2020-12-31\n1,t,ftv,2020-01-01,\n2,s,vc-x,2020-01-01,\n");
        Path providers = file("providers.csv", "provider,scheme,ownership,valid_from,valid_until\nvc-a,s,private,,\nvc-x,t,region-run,,\n");
        Compensator engine = new Compensator(MODEL, null, ProvidersCsv.read(providers), List.of());

        assertThatThrownBy(() -> engine.settle(YearMonth.of(2025, 3), population, listings, 1))
                .isInstanceOf(BadInput.class)
                .extracting(InputFilesTest::problems)
                .isEqualTo(List.of(new Problem(4, "no provider 'vc-x' of scheme 's' in the providers file")));
    }

    @Test
    @DisplayName("bad providers and visits are refused with their lines")
    void providersAndVisits() throws IOException {
        Path providers = file("providers.csv", "provider,scheme,ownership,valid_from,valid_until\n"
                + "vc-a,s,privat,,\nvc-b,s,private,2025-03-01,2025-02-01\nvc-c,s,,,\nvc-c,s,,,\n");
        Path visits = file("visits.csv", "scheme,provider,date,patient,visits\n"
                + "s,vc-a,2025-03-01,listed,3\ns,vc-a,2025-03-01,own,3\ns,vc-a,2025-03-01,other,0\ns,vc-a,1 March,other,2\n");

        assertThatThrownBy(() -> ProvidersCsv.read(providers)).extracting(InputFilesTest::problems)
                .isEqualTo(List.of(
                        new Problem(2, "ownership must be region-run, private, joint or other-region (or empty), got 'privat'"),
                        new Problem(3, "a provider cannot close (2025-02-01) before it opens (2025-03-01)"),
                        new Problem(5, "provider 'vc-c' of scheme 's' is given twice (first on line 4)")));
        assertThatThrownBy(() -> VisitsCsv.read(visits))
                .extracting(e -> problems(e).stream().map(Problem::line).toList())
                .isEqualTo(List.of(3L, 4L, 5L));
    }

    @Test
    @DisplayName("more than twenty problems: the first twenty by line are kept, each naming the file, and the rest are counted")
    void manyProblems() throws IOException {
        StringBuilder text = new StringBuilder(RESIDENTS);
        for (int i = 0; i < 50; i++) {
            text.append("x,1990,F,a\n");
        }
        Path file = file("residents.csv", text.toString());
        BadInput e = org.junit.jupiter.api.Assertions.assertThrows(BadInput.class, () -> Population.read(file, "residents", null, 2));
        assertThat(e.problems()).hasSize(21).allSatisfy(p -> assertThat(p.file()).isEqualTo("residents"));
        assertThat(problems(e).subList(0, 20)).extracting(Problem::line).startsWith(2L, 3L).endsWith(21L);
        assertThat(e.problems().get(20).toString()).isEqualTo("residents: and 30 more problems");
    }
}
