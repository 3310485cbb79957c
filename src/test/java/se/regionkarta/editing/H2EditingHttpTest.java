package se.regionkarta.editing;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import se.regionkarta.store.StoreConfig;

/** The write contract over HTTP on an embedded H2 store. */
class H2EditingHttpTest extends EditingHttpContract {

    @TempDir
    static Path home;

    @BeforeAll
    static void startServer() {
        start(StoreConfig.embedded(home));
    }
}
