package se.regionkarta.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.dataset.model.Premise;

/** What could not be read makes a premise doubtful only where it could have made it false. */
class UnreadTest {

    @Test
    @DisplayName("a text mentions an id only as a word of its own, not inside a longer id")
    void mentionsWholeIds() {
        assertThat(Unread.mentions("parent: kalmar\n", "kalmar")).isTrue();
        assertThat(Unread.mentions("sources: [src-a#bild 3]", "src-a")).isTrue();
        assertThat(Unread.mentions("- id: kalmar.hsf", "kalmar")).isFalse();
        assertThat(Unread.mentions("- id: nykalmar", "kalmar")).isFalse();
    }

    @Test
    @DisplayName("an entry that could not be read doubts the ids it gives, nested ones too, only for its own kind")
    void entryDoubtsItsIds() throws Exception {
        Unread unread = new Unread();
        unread.entry(FactKind.UNIT, new ObjectMapper().readTree(
                "{\"id\": \"kalmar\", \"units\": [{\"id\": \"kalmar.hsf\"}], \"sources\": [\"src-a#bild 2\"]}"));

        assertThat(unread.doubts(Premise.noSuch(FactKind.UNIT, "kalmar.hsf"))).isTrue();
        assertThat(unread.doubts(Premise.noSuch(FactKind.BODY, "kalmar"))).isFalse();
        assertThat(unread.doubts(Premise.noSuch(FactKind.SOURCE, "src-a"))).as("it cites src-a, it does not give it").isFalse();
        assertThat(unread.doubts(Premise.allNaming(FactKind.UNIT, "src-a"))).isTrue();
        assertThat(unread.doubts(Premise.noSuchOfAnyKind("kalmar"))).isTrue();
    }

    @Test
    @DisplayName("a file that could not be read at all doubts everything")
    void unknownDoubtsEverything() {
        Unread unread = new Unread();
        unread.unknown();

        assertThat(unread.doubts(Premise.noSuch(FactKind.PARTY, "KD"))).isTrue();
    }
}
