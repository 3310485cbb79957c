package se.regionkarta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    @DisplayName("has every interface text in both Swedish and English")
    void sameKeys() {
        assertThat(Texts.keys(Lang.EN)).containsExactlyInAnyOrderElementsOf(Texts.keys(Lang.SV));
    }

    @Test
    @DisplayName("has a text for every key the templates and page classes ask for by name")
    void everyKeyUsedExists() throws IOException {
        Pattern call = Pattern.compile("\\bt\\(\"([a-z0-9_.-]+)\"|ui\\(req, \"([a-z0-9_.-]+)\"");
        Set<String> used = new TreeSet<>();
        for (Path dir : new Path[] {Path.of("src/main/jte"), Path.of("src/main/java/se/regionkarta/site")}) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = call.matcher(Files.readString(f));
                    while (m.find()) {
                        used.add(m.group(1) != null ? m.group(1) : m.group(2));
                    }
                }
            }
        }
        used.removeIf(k -> k.endsWith("."));
        assertThat(Texts.keys(Lang.SV)).containsAll(used);
    }

    @Test
    @DisplayName("fills in arguments and shows an unknown key as itself")
    void arguments() {
        assertThat(Texts.of(Lang.SV).get("start.regions", 21)).isEqualTo("Regionerna (21)");
        assertThat(Texts.of(Lang.EN).get("no.such.key")).isEqualTo("no.such.key");
    }
}
