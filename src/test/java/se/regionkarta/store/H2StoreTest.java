package se.regionkarta.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded default: an H2 file database in a fresh directory. */
class H2StoreTest extends StoreContract {

    @TempDir
    Path directory;

    @Override
    StoreConfig freshDatabase() {
        return StoreConfig.embedded(directory);
    }
}
