package se.regionkarta.fastcsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The dictionary of byte words both engines look ids up in. */
class ByteDictionaryTest {

    @Test
    @DisplayName("words of every length are numbered in order and found inside a longer buffer")
    void numbersAndFinds() {
        List<String> words = new ArrayList<>();
        for (int n = 0; n <= 40; n++) {
            words.add("w".repeat(n / 2) + "ö".repeat(n % 2) + n);
        }
        ByteDictionary dictionary = ByteDictionary.of(words, 1000);
        assertThat(dictionary.size()).isEqualTo(words.size());
        for (int id = 0; id < words.size(); id++) {
            byte[] row = ("x," + words.get(id) + ",y").getBytes(StandardCharsets.UTF_8);
            assertThat(dictionary.find(row, 2, row.length - 2)).isEqualTo(id);
            assertThat(dictionary.word(id)).isEqualTo(words.get(id));
            assertThat(new String(dictionary.bytes(id), StandardCharsets.UTF_8)).isEqualTo(words.get(id));
        }
        byte[] unknown = "w".repeat(20).getBytes(StandardCharsets.UTF_8);
        assertThat(dictionary.find(unknown, 0, unknown.length)).isEqualTo(-1);
        assertThat(dictionary.find(unknown, 0, 0)).isEqualTo(-1);
    }

    @Test
    @DisplayName("words that differ only in their middle bytes are told apart")
    void longWords() {
        ByteDictionary dictionary = ByteDictionary.of(List.of("abcdefgh-1-ijklmnop", "abcdefgh-2-ijklmnop"), 10);
        byte[] second = "abcdefgh-2-ijklmnop".getBytes(StandardCharsets.UTF_8);
        assertThat(dictionary.find(second, 0, second.length)).isEqualTo(1);
    }

    @Test
    @DisplayName("adding grows the table, keeps numbers, and stops at the limit")
    void adds() {
        ByteDictionary dictionary = new ByteDictionary(500);
        for (int i = 0; i < 500; i++) {
            byte[] word = ("provider-" + i).getBytes(StandardCharsets.UTF_8);
            assertThat(dictionary.add(word, 0, word.length)).isEqualTo(i);
        }
        byte[] again = "provider-7".getBytes(StandardCharsets.UTF_8);
        assertThat(dictionary.add(again, 0, again.length)).isEqualTo(7);
        byte[] more = "provider-500".getBytes(StandardCharsets.UTF_8);
        assertThat(dictionary.add(more, 0, more.length)).isEqualTo(-1);
        assertThat(dictionary.size()).isEqualTo(500);
    }

    @Test
    @DisplayName("a word given twice is an error")
    void twice() {
        assertThatThrownBy(() -> ByteDictionary.of(List.of("a", "b", "a"), 10)).hasMessage("'a' appears twice");
    }
}
