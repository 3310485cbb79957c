package se.regionkarta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rotation command (issue 6) against the bundled data in a real H2 store. */
class RotationCommandTest {

    @TempDir
    Path home;

    Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(home);
    }

    @Test
    @DisplayName("Sydöstra: Jönköping's chair of 2022–2023 as recorded with its sources, the coming periods unknown, 3 + 3 per region")
    void sydostra() {
        Cli.Run run = cli.run("rotation", "sydostra", "--as-of", "2026-11-26");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Sydöstra sjukvårdsregionen  [sydostra]  — rotation on 2026-11-26, schedule for 10 years",
                "members: Region Östergötland, Region Jönköpings län, Region Kalmar län",
                "Samverkansnämnden  [sydostra.samverkansnamnden]",
                "order: not in the sources",
                "chair      unknown — the order is not in the sources",
                "2022-01-01 – 2023-12-31  earlier  Region Jönköpings län      recorded  ← rjl-samverkansnamnd",
                "2026-01-01 – 2027-12-31  now      unknown                    unknown",
                "2036-01-01 – 2037-12-31           unknown",
                "Region Kalmar län                       3            3  members per region not recorded",
                "total                                   9            9  9 and 9 recorded",
                "check: keeps the rule");
        assertThat(run.out()).doesNotContain("computed from the order");
    }

    @Test
    @DisplayName("a body by name, on a day in the recorded period, for four years: Region Jönköpings län holds the chair")
    void bodyOnADay() {
        Cli.Run run = cli.run("rotation", "Samverkansnämnden", "--as-of", "2023-06", "--years", "4");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("rotation on 2023-06-01, schedule for 4 years", "chair      Region Jönköpings län  (recorded)",
                "secretary  unknown — the order is not in the sources", "2026-01-01 – 2027-12-31")
                .doesNotContain("Regionsjukvårdsledningen", "2028-01-01");
    }

    @Test
    @DisplayName("a healthcare region without rotation shows its composition rule with exceptions and partial members")
    void sodra() {
        Cli.Run run = cli.run("rotation", "Södra sjukvårdsregionen");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("no rotation of chair or secretary is recorded", "Region Skåne                            6            6",
                "Region Halland (in part)", "total                                  12           12  12 and 12 recorded");
    }

    @Test
    @DisplayName("an unknown healthcare region exits 3 naming the known ones; a bad --years exits 2")
    void badInput() {
        Cli.Run unknown = cli.run("rotation", "nowhere");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(unknown.err()).contains("no healthcare region or joint body has the id or name 'nowhere'", "sydostra");

        Cli.Run years = cli.run("rotation", "sydostra", "--years", "0");
        assertThat(years.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(years.err()).contains("--years must be from 1 to 100");
    }
}
