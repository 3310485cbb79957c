package se.regionkarta.elections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.elections.model.Group;
import se.regionkarta.input.BadInput;

/** The use cases behind the command line, the API and the site. */
class ElectionsTest {

    static byte[] resource(String path) throws IOException {
        try (InputStream in = ElectionsTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    @Test
    @DisplayName("the bundled Östergötland 2022 votes give the official seats: S 32, M 22, SD 16, V 9, KD 8, C 6, L 5, MP 3")
    void ostergotland() throws IOException {
        ElectionReport r = Elections.allocateSeats(VotesCsv.read(resource("/elections/2022-ostergotland-votes.csv")), 101, null,
                null, 1);

        assertThat(r.seated().stream().collect(Collectors.toMap(ElectionReport.PartyLine::party, ElectionReport.PartyLine::total)))
                .isEqualTo(Map.of("S", 32, "M", 22, "SD", 16, "V", 9, "KD", 8, "C", 6, "L", 5, "MP", 3));
        assertThat(r.fixedSeats()).isEqualTo(90);
        assertThat(r.thresholdPercent()).isEqualTo(3.0);
        assertThat(r.constituencies()).extracting(ElectionReport.ConstituencyLine::fixedSeats).containsExactly(32, 27, 8, 10, 13);
    }

    @Test
    @DisplayName("the bundled example is the test example, with its source beside it")
    void bundledExample() throws IOException {
        assertThat(resource("/elections/2022-ostergotland-votes.csv")).isEqualTo(
                java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/elections/2022-ostergotland-votes.csv")));
        assertThat(new String(resource("/elections/2022-ostergotland-votes.source.txt"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Valmyndigheten, slutligt valresultat 2022");
    }

    @Test
    @DisplayName("a refusal of the model names the line of the constituency it is about")
    void modelRefusalHasLine() {
        VotesFile f = VotesCsv.read(VotesCsvTest.HEADER + "Norra,600,7,S,10\nSödra,400,2,S,10\n");

        assertThatThrownBy(() -> Elections.allocateSeats(f, 10, null, null, 1)).isInstanceOfSatisfying(BadInput.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.message()).isEqualTo("constituency Norra is given 7 fixed seats, but its eligible voters give it 5");
                }));
    }

    @Test
    @DisplayName("a refusal that concerns no constituency has no line; the seats are limited to 1–1000")
    void modelRefusalWithoutLine() {
        VotesFile f = VotesCsv.read(VotesCsvTest.HEADER + "K,1,,S,0\n");

        assertThatThrownBy(() -> Elections.allocateSeats(f, 10, null, null, 1)).isInstanceOfSatisfying(BadInput.class,
                e -> assertThat(e.problems().get(0).line()).isZero());
        assertThatThrownBy(() -> Elections.allocateSeats(f, 1001, null, null, 1)).hasMessageContaining("from 1 to 1000");
        assertThatThrownBy(() -> Elections.allocateSeats(f, 10, 11, null, 1)).isInstanceOf(BadInput.class);
        assertThatThrownBy(() -> Elections.allocateSeats(f, 10, null, BigDecimal.valueOf(101), 1)).isInstanceOf(BadInput.class);
    }

    @Test
    @DisplayName("a committee is filled with the members needed to ask for a proportional election")
    void committee() {
        CommitteeReport r = Elections.fillCommittee(List.of(new Group("A", 7, null), new Group("B", 5, "BC"),
                new Group("C", 3, "BC")), 5, 1, 15);

        assertThat(r.groups()).extracting(CommitteeReport.GroupLine::seats).containsExactly(2, 2, 1);
        assertThat(r.cartels()).singleElement().satisfies(c -> {
            assertThat(c.ballots()).isEqualTo(8);
            assertThat(c.seats()).isEqualTo(3);
        });
        assertThat(r.membersNeededToRequest()).isEqualTo(3);
        assertThatThrownBy(() -> Elections.fillCommittee(List.of(new Group("A", 1, null), new Group("A", 2, null)), 1, 1, null))
                .isInstanceOf(BadInput.class).hasMessageContaining("twice");
    }

    @Test
    @DisplayName("the result becomes rows of the registry's seats.csv, citing the votes as a derived source")
    void registryRows() throws IOException {
        ElectionReport r = Elections.allocateSeats(VotesCsv.read(resource("/elections/2022-ostergotland-votes.csv")), 101, null,
                null, 1);

        List<List<String>> rows = RegistrySeats.rows(r, "ostergotland.rf", "2022-2026", "val-2022#Östergötland");
        assertThat(rows).hasSize(8).first().isEqualTo(List.of("ostergotland.rf", "2022-2026", "S", "32", "val-2022#Östergötland",
                "derived"));
        assertThatThrownBy(() -> RegistrySeats.rows(r, "Östergötland", "2022-2026", "x")).hasMessageStartingWith("body");
        assertThatThrownBy(() -> RegistrySeats.rows(r, "o.rf", "2026-2022", "x")).hasMessageStartingWith("term");
    }
}
