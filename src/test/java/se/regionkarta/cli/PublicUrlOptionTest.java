package se.regionkarta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code serve --public-url} refuses what cannot be the site's public address in one sentence, exit 2, before serving. */
class PublicUrlOptionTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {"regionkarta.example.se", "ftp://regionkarta.example.se/", "https://regionkarta.example.se/?a=1",
        "https://regionkarta.example.se/#top", "https://regionkarta.example.se/karta/", "https://anna@regionkarta.example.se/", "http://"})
    @DisplayName("a bad --public-url is one line naming the option, exit 2")
    void refused(String url) {
        Cli.Run run = new Cli(home).run("serve", "--port", "0", "--public-url", url);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("regionkarta: --public-url: ").doesNotContain("Exception"));
    }
}
