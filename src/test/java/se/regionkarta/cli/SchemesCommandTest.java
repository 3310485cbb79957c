package se.regionkarta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schemes command (issue 7): care-choice counts computed from the bundled units, in a real H2 store. */
class SchemesCommandTest {

    @TempDir
    Path home;

    Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
    }

    @Test
    @DisplayName("Kalmar's three schemes: counted from the units 26 + 12, 1 + 8 and 17 + 13, each agreeing with the deck")
    void kalmarAgreesWithTheDeck() {
        Cli.Run run = cli.run("schemes", "Region Kalmar län", "--as-of", "2026-11-26");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(
                "Hälsoval  [kalmar.halsoval]  (primary care)  on 2026-11-26",
                "  run by the region          26         8       26  agrees",
                "  private provider           12         9       12  agrees",
                "Vårdval psykisk hälsa primärvård  [kalmar.vardval-psykisk-halsa]",
                "  run by the region           1         0        1  agrees",
                "  private provider            8         8        8  agrees",
                "Vårdval tandvård  [kalmar.vardval-tandvard]  (dental care for children and young people, ages 3–23)",
                "  run by the region          17         7       17  agrees",
                "  private provider           13        13       13  agrees",
                "stated by: Du möter oss varje dag – presentation av Region Kalmar län (2025)");
    }

    @Test
    @DisplayName("one scheme with its providers: named units with who runs them, unnamed ones marked, those that left listed apart")
    void providers() {
        Cli.Run run = cli.run("schemes", "kalmar.halsoval", "--providers", "--as-of", "2026-11-26");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(
                "region-run  Stensö hälsocentral, Kalmar  [kalmar.hc.stenso]",
                "private     Nybro Läkarcentrum, Nybro, run by Nybro Läkarcentrum AB  [kalmar.privat.nybro-lakarcentrum]",
                "private     Ej namngiven privat hälsocentral 9  [kalmar.privat.hc-ej-namngiven-9]  (counted by the source, not named in it)",
                "left the scheme before 2026-11-26:",
                "private     Emmakliniken, Emmaboda, until 2017-10-20  [kalmar.privat.emmakliniken]")
                .doesNotContain("Vårdval tandvård");
        String providers = run.out().substring(run.out().indexOf("  providers:"), run.out().indexOf("left the scheme"));
        assertThat(providers).doesNotContain("Emmakliniken");
        assertThat(providers.indexOf("Vimmerby hälsocentral")).as("named before unnamed")
                .isLessThan(providers.indexOf("Ej namngiven hälsocentral i egen regi 1"));
        assertThat(providers.indexOf("Ej namngiven hälsocentral i egen regi 8")).as("region-run before private")
                .isLessThan(providers.indexOf("Husläkarcentrum"));
    }

    @Test
    @DisplayName("in 2016 Emmakliniken still counts, and the deck's 2025 figures are shown without a verdict")
    void beforeTheDeck() {
        Cli.Run run = cli.run("schemes", "kalmar.halsoval", "--as-of", "2016-01-01");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("  private provider           13         9       12  not compared: the stated figures are from 2025-01-01");
    }

    @Test
    @DisplayName("a data set that loses a provider unit counts 11 private health centres: the difference is printed and the exit code is 1")
    void missingUnitDiffers(@TempDir Path copy) throws IOException {
        Path data = copyOfData(copy);
        Path file = data.resolve("regions/kalmar/care-choice-providers.yaml");
        List<String> lines = Files.readAllLines(file).stream()
                .filter(l -> !l.contains("id: kalmar.halsoval.riddarhuslakarna")).toList();
        Files.write(file, lines);

        Cli.Run run = cli.run("schemes", "kalmar", "--data", data.toString(), "--as-of", "2026-11-26");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(run.out()).contains("  private provider           11         9       12  DIFFERS by -1");
    }

    @Test
    @DisplayName("an unknown region or scheme, or a unit that is not a region, exits 3 with a message")
    void notFound() {
        assertThat(cli.run("schemes", "nowhere").exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        Cli.Run unit = cli.run("schemes", "kalmar.primarvard");
        assertThat(unit.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(unit.err()).contains("is an administration, not a region or a care-choice scheme");
    }

    @Test
    @DisplayName("Halland's scheme has neither units nor stated counts, which is said")
    void withoutCounts() {
        Cli.Run run = cli.run("schemes", "halland", "--as-of", "2026-11-26");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Vårdval Halland  [halland.vardval]", "no provider units are recorded, and the source states no counts");
    }

    static Path copyOfData(Path target) throws IOException {
        Path source = Path.of("data");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }
}
