package se.regionkarta.elections;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.elections.model.Group;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;

class GroupsCsvTest {

    static List<String> shown(String text) {
        try {
            GroupsCsv.read(text);
        } catch (BadInput e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("accepted: " + text);
    }

    @Test
    @DisplayName("reads groups with and without a joint list; the cartel column may be left out")
    void reads() {
        assertThat(GroupsCsv.read("group,ballots,cartel\nS,24,\nC,6,Samverkan\n"))
                .containsExactly(new Group("S", 24, null), new Group("C", 6, "Samverkan"));
        assertThat(GroupsCsv.read("ballots,group\n7,A\n".getBytes(StandardCharsets.UTF_8))).containsExactly(new Group("A", 7, null));
    }

    @Test
    @DisplayName("bad ballots, a blank name, a group twice and a cartel named like a group are refused naming the line")
    void bad() {
        assertThat(shown("group,ballots,cartel\nS,-2,\n,3,\nM,x,\nKD,1,\nKD,2,\nC,1,KD\n")).containsExactly(
                "line 2: ballots cannot be negative, got -2",
                "line 3: group is empty; every row needs one",
                "line 4: ballots must be a whole number, got 'x'",
                "line 6: group 'KD' appears twice (first on line 5)",
                "line 7: cartel 'KD' has the name of group on line 5; give the joint list a name of its own");
    }

    @Test
    @DisplayName("an unknown column, an empty file, a header alone and non-UTF-8 bytes are refused")
    void file() {
        assertThat(shown("group,ballots,colour\nS,1,red\n")).singleElement().asString()
                .startsWith("line 1: unknown column 'colour'").endsWith("the header must be group,ballots (optional: cartel)");
        assertThat(shown("")).singleElement().asString().startsWith("the file is empty");
        assertThat(shown("group,ballots\n")).containsExactly("line 1: the file has a header but no rows");
        try {
            GroupsCsv.read("group,ballots\nS,1\nSj\u00f6,2\n".getBytes(StandardCharsets.ISO_8859_1));
            throw new AssertionError("accepted Latin-1");
        } catch (BadInput e) {
            assertThat(e.problems().get(0).line()).isEqualTo(3);
        }
    }
}
