package se.regionkarta.editing.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.regionkarta.store.StoreConfig;
import se.regionkarta.web.TestServer;

/** The site's editing forms over HTTP on an embedded H2 store; and a registry served from files, which has no changes to show. */
class H2SiteEditingHttpTest extends SiteEditingHttpContract {

    @TempDir
    static Path home;

    @BeforeAll
    static void startServer() {
        start(StoreConfig.embedded(home));
    }

    @Test
    @DisplayName("a registry served from data files shows no changes and no forms")
    void fromFiles() {
        try (TestServer files = TestServer.start()) {
            assertThat(files.get("/enhet/kalmar.hsf").body()).doesNotContain("id=\"andringar\"").doesNotContain("/redigera/");
            assertThat(files.get("/region/kalmar").body()).doesNotContain("id=\"andringar\"");
            assertThat(files.get("/redigera/units/kalmar.hsf").statusCode()).isEqualTo(405);
        }
    }
}
