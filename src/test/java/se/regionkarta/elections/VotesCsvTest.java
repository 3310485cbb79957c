package se.regionkarta.elections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.elections.model.ConstituencyVotes;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;

/** Reading the votes file: every kind of bad input is refused with its line, several at once. */
class VotesCsvTest {

    static final String HEADER = "valkrets,rostberattigade,fasta_mandat,party,votes\n";

    static List<Problem> problems(String text) {
        try {
            VotesCsv.read(text);
        } catch (BadInput e) {
            return e.problems();
        }
        throw new AssertionError("accepted: " + text);
    }

    static List<String> shown(String text) {
        return problems(text).stream().map(Problem::toString).toList();
    }

    @Test
    @DisplayName("reads constituencies in order, with eligible voters, fixed seats and every party's votes")
    void reads() {
        VotesFile f = VotesCsv.read(HEADER + "Norra,600,,S,10\nNorra,600,,\"M, moderat\",7\n\nSödra,400,,S,3\n");

        assertThat(f.constituencies()).extracting(ConstituencyVotes::name).containsExactly("Norra", "Södra");
        assertThat(f.constituencies().get(0).votes()).isEqualTo(Map.of("S", 10L, "M, moderat", 7L));
        assertThat(f.constituencies().get(0).eligibleVoters()).isEqualTo(600L);
        assertThat(f.constituencies().get(0).fixedSeats()).isNull();
        assertThat(f.firstLines()).isEqualTo(Map.of("Norra", 2, "Södra", 5));
    }

    @Test
    @DisplayName("accepts the columns in any order, a byte order mark and CRLF line ends")
    void lenientLayout() {
        byte[] bytes = ("\uFEFFparty,votes,valkrets,fasta_mandat,rostberattigade\r\nS,5,K,3,\r\n").getBytes(StandardCharsets.UTF_8);

        assertThat(VotesCsv.read(bytes).constituencies().get(0).fixedSeats()).isEqualTo(3);
    }

    @Test
    @DisplayName("negative votes are refused naming the line")
    void negative() {
        assertThat(shown(HEADER + "K,1,,S,5\nK,1,,M,-3\n")).containsExactly("line 3: votes cannot be negative, got -3");
    }

    @Test
    @DisplayName("votes that are not whole numbers, or absurdly large, are refused naming the line")
    void notWholeNumbers() {
        assertThat(shown(HEADER + "K,1,,S,5.5\nK,1,,M,fem\nK,1,,C,\nK,1,,L,99999999999\nK,x,,V,1\n")).containsExactly(
                "line 2: votes must be a whole number, got '5.5'",
                "line 3: votes must be a whole number, got 'fem'",
                "line 4: votes is empty; give a whole number",
                "line 5: votes must be at most 1000000000, got '99999999999'",
                "line 6: rostberattigade must be a whole number, got 'x'");
    }

    @Test
    @DisplayName("an unknown or a missing column is refused on line 1, naming the header it must have")
    void columns() {
        assertThat(shown("valkrets,rostberattigade,fasta_mandat,parti,votes,colour\nK,1,,S,5,red\n")).singleElement()
                .asString().startsWith("line 1: unknown column 'parti'; unknown column 'colour'; missing column party")
                .endsWith("the header must be valkrets,rostberattigade,fasta_mandat,party,votes");
        assertThat(shown("valkrets,party,votes\nK,S,5\n")).singleElement().asString()
                .contains("missing column rostberattigade", "missing column fasta_mandat");
        assertThat(shown(HEADER.replace("votes\n", "votes,votes\n") + "K,1,,S,5,5\n")).singleElement().asString()
                .contains("column 'votes' appears twice");
    }

    @Test
    @DisplayName("a row with too few or too many values is refused naming the line")
    void rowLength() {
        assertThat(shown(HEADER + "K,1,,S\nK,1,,M,3,4\n")).containsExactly(
                "line 2: expected 5 values (valkrets,rostberattigade,fasta_mandat,party,votes), found 4",
                "line 3: expected 5 values (valkrets,rostberattigade,fasta_mandat,party,votes), found 6");
    }

    @Test
    @DisplayName("a constituency whose rows disagree on eligible voters or fixed seats is refused on the row that differs")
    void inconsistentConstituency() {
        assertThat(shown(HEADER + "Norra,600,5,S,10\nSödra,400,3,S,1\nNorra,601,5,M,3\nNorra,600,6,C,2\n")).containsExactly(
                "line 4: constituency Norra has rostberattigade 601 here but 600 on line 2; every row of a constituency must give the same",
                "line 5: constituency Norra has fasta_mandat 6 here but 5 on line 2; every row of a constituency must give the same");
    }

    @Test
    @DisplayName("the same party twice in a constituency is refused, naming both lines")
    void partyTwice() {
        assertThat(shown(HEADER + "K,1,,S,10\nK,1,,M,3\nK,1,,S,2\n"))
                .containsExactly("line 4: party 'S' appears twice in constituency K (first on line 2)");
    }

    @Test
    @DisplayName("an empty file and a file with only the header are refused")
    void empty() {
        assertThat(shown("")).containsExactly(
                "the file is empty; it must start with the header valkrets,rostberattigade,fasta_mandat,party,votes");
        assertThat(shown("  \n\n")).singleElement().asString().startsWith("the file is empty");
        assertThat(shown(HEADER)).containsExactly("line 1: the file has a header but no rows");
    }

    @Test
    @DisplayName("bytes that are not UTF-8 are refused with the line they are on")
    void notUtf8() {
        byte[] latin1 = (HEADER + "Norra,600,,S,10\nLinköping,400,,S,3\n").getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> VotesCsv.read(latin1)).isInstanceOfSatisfying(BadInput.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.message()).startsWith("the file is not UTF-8: byte 0xF6");
                }));
    }

    @Test
    @DisplayName("a blank constituency or party name is refused naming the line")
    void blankNames() {
        assertThat(shown(HEADER + " ,1,,S,10\nK,1,,  ,3\n")).containsExactly(
                "line 2: valkrets is empty; every row needs one", "line 3: party is empty; every row needs one");
    }

    @Test
    @DisplayName("broken quoting is refused naming the line")
    void brokenQuotes() {
        assertThat(problems(HEADER + "K,1,,S,10\nK,1,,\"M,3\n")).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(3));
    }

    @Test
    @DisplayName("with several constituencies each needs eligible voters, or all need their fixed seats")
    void seatBasis() {
        assertThat(shown(HEADER + "Norra,,5,S,10\nSödra,400,,S,3\n")).singleElement().asString()
                .startsWith("line 2: constituency Norra has no rostberattigade, and not every constituency has its fasta_mandat");
        assertThat(VotesCsv.read(HEADER + "Ensam,,,S,10\n").constituencies()).hasSize(1);
    }

    @Test
    @DisplayName("collects the problems of many rows, and stops after fifty")
    void many() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 80; i++) {
            text.append("K,1,,P").append(i).append(",-1\n");
        }
        List<Problem> found = problems(text.toString());

        assertThat(found).hasSize(CsvTable.MAX_PROBLEMS + 1);
        assertThat(found.get(CsvTable.MAX_PROBLEMS).message()).isEqualTo("stopped after 50 problems");
    }
}
