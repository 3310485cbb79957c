package se.regionkarta.reliability;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import se.regionkarta.store.StoreConfig;

/** The concurrent editors on the embedded H2 store. */
class H2ConcurrentEditorsTest extends ConcurrentEditorsContract {

    @TempDir
    static Path home;

    @BeforeAll
    static void startServer() {
        start(StoreConfig.embedded(home));
    }

    @Override
    String storeName() {
        return "h2";
    }
}
