package se.regionkarta.web;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import se.regionkarta.store.StoreConfig;

/** Entering seats from votes over HTTP on the embedded store (H2). */
class H2SeatEntryHttpTest extends SeatEntryHttpContract {

    @TempDir
    static Path home;

    @BeforeAll
    static void startServer() {
        start(StoreConfig.embedded(home));
    }
}
