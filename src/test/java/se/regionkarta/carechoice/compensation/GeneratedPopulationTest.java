package se.regionkarta.carechoice.compensation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.regionkarta.carechoice.compensation.model.MonthSettlement;

/** The synthetic county: no personal data, the same files for the same seed, the changes asked for, a realistic shape. */
class GeneratedPopulationTest {

    private static final int RESIDENTS = 40_000;
    private static final int CHANGES = 8_000;

    @TempDir
    static Path dir;

    private static PopulationGenerator.Summary summary;

    @BeforeAll
    static void generate() throws IOException {
        summary = new PopulationGenerator().write(dir.resolve("a"), RESIDENTS, CHANGES, 2025, 7);
    }

    private static List<String> lines(String file) throws IOException {
        return Files.readAllLines(dir.resolve("a").resolve(file), StandardCharsets.UTF_8);
    }

    /** Each file: its documented header, and a pattern every row must match in full. */
    private static final Map<String, List<String>> COLUMNS = Map.of(
            PopulationGenerator.RESIDENTS, List.of(Population.HEADER, "[1-9][0-9]{0,8},(19|20)[0-9]{2},[FM],A[0-9]{5}"),
            PopulationGenerator.LISTINGS, List.of(ListingsReader.HEADER,
                    "[1-9][0-9]{0,8},example\\.vardval,hc-[0-9]{4},20[0-9]{2}-[0-9]{2}-[0-9]{2},(20[0-9]{2}-[0-9]{2}-[0-9]{2})?"),
            PopulationGenerator.AREAS, List.of(HomeAreas.HEADER, "A[0-9]{5},[0-9]\\.[0-9]{4}"),
            PopulationGenerator.PROVIDERS, List.of(ProvidersCsv.HEADER,
                    "hc-[0-9]{4},example\\.vardval,(region-run|private),(19|20)[0-9]{2}-[0-9]{2}-[0-9]{2},(20[0-9]{2}-[0-9]{2}-[0-9]{2})?"),
            PopulationGenerator.VISITS, List.of(VisitsCsv.HEADER, "example\\.vardval,hc-[0-9]{4},2025-[0-9]{2}-[0-9]{2},(listed|other),[0-9]+"));

    @Test
    @DisplayName("the files hold only the documented columns: no names, no personal identity numbers, no birth dates")
    void noPersonalData() throws IOException {
        Pattern identityNumber = Pattern.compile("(19|20)?[0-9]{6}[-+]?[0-9]{4}");
        for (Map.Entry<String, List<String>> file : COLUMNS.entrySet()) {
            List<String> lines = lines(file.getKey());
            assertThat(lines.get(0)).as(file.getKey()).isEqualTo(file.getValue().get(0));
            Pattern row = Pattern.compile(file.getValue().get(1));
            for (String line : lines.subList(1, lines.size())) {
                assertThat(row.matcher(line).matches()).as(file.getKey() + ": " + line).isTrue();
                for (String field : line.split(",")) {
                    assertThat(identityNumber.matcher(field).matches()).as(field).isFalse();
                }
            }
        }
        String model = Files.readString(dir.resolve("a").resolve(PopulationGenerator.MODEL));
        assertThat(model).contains("illustrative: true").contains("NOT Region Kalmar län's model");
        try (var files = Files.list(dir.resolve("a"))) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).containsExactly("areas.csv", "listings.csv",
                    "model.yaml", "providers.csv", "residents.csv", "visits.csv");
        }
    }

    @Test
    @DisplayName("the same seed gives the same files byte for byte; another seed does not")
    void deterministic() throws IOException {
        new PopulationGenerator().write(dir.resolve("b"), RESIDENTS, CHANGES, 2025, 7);
        new PopulationGenerator().write(dir.resolve("c"), RESIDENTS, CHANGES, 2025, 8);
        for (String file : COLUMNS.keySet()) {
            assertThat(Files.mismatch(dir.resolve("a").resolve(file), dir.resolve("b").resolve(file))).as(file).isEqualTo(-1);
        }
        assertThat(Files.mismatch(dir.resolve("a").resolve("listings.csv"), dir.resolve("c").resolve("listings.csv"))).isNotEqualTo(-1);
    }

    @Test
    @DisplayName("the listings hold exactly the changes asked for: one more listing than each listed resident's first")
    void exactChanges() throws IOException {
        assertThat(summary.changes()).isEqualTo(CHANGES);
        assertThat(lines(PopulationGenerator.LISTINGS)).hasSize(1 + (int) (summary.listed() + CHANGES));
        assertThat(summary.listed()).isBetween((long) (RESIDENTS * 0.97), (long) RESIDENTS);
    }

    @Test
    @DisplayName("the ages have Sweden's shape: about a fifth under 18 and a fifth 65 or older, a few per cent 85 or older")
    void agePyramid() throws IOException {
        List<String> rows = lines(PopulationGenerator.RESIDENTS).subList(1, RESIDENTS + 1);
        long under18 = rows.stream().filter(r -> 2025 - Integer.parseInt(r.split(",")[1]) < 18).count();
        long over65 = rows.stream().filter(r -> 2025 - Integer.parseInt(r.split(",")[1]) >= 65).count();
        long over85 = rows.stream().filter(r -> 2025 - Integer.parseInt(r.split(",")[1]) >= 85).count();
        long women85 = rows.stream().filter(r -> 2025 - Integer.parseInt(r.split(",")[1]) >= 85 && r.contains(",F,")).count();

        assertThat(under18 / (double) RESIDENTS).isBetween(0.18, 0.23);
        assertThat(over65 / (double) RESIDENTS).isBetween(0.18, 0.23);
        assertThat(over85 / (double) RESIDENTS).isBetween(0.02, 0.04);
        assertThat(women85 / (double) over85).isBetween(0.55, 0.70);
    }

    @Test
    @DisplayName("the engine reads the files without a problem and pays every month of the year")
    void engineReadsThem() throws IOException {
        Path a = dir.resolve("a");
        HomeAreas areas = HomeAreas.read(a.resolve(PopulationGenerator.AREAS));
        Compensator engine = new Compensator(ModelFile.read(a.resolve(PopulationGenerator.MODEL)), areas,
                ProvidersCsv.read(a.resolve(PopulationGenerator.PROVIDERS)), VisitsCsv.read(a.resolve(PopulationGenerator.VISITS)));
        Population population = Population.read(a.resolve(PopulationGenerator.RESIDENTS), areas, 2);
        LoadedListings loaded = engine.load(population, a.resolve(PopulationGenerator.LISTINGS), 2);
        for (int m = 1; m <= 12; m++) {
            MonthSettlement s = engine.settle(YearMonth.of(2025, m), population, loaded, 2).settlement();
            assertThat(s.providers()).isNotEmpty();
            assertThat(s.totalOre()).isPositive();
        }
        assertThat(loaded.size()).isEqualTo(summary.listings());
    }
}
