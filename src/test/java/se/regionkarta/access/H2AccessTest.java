package se.regionkarta.access;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import se.regionkarta.store.StoreConfig;

/** Accounts, logins, sessions and tokens on the embedded default store, H2 in a file. */
class H2AccessTest extends AccessContract {

    @TempDir
    Path directory;

    @Override
    StoreConfig freshDatabase() {
        return StoreConfig.embedded(directory);
    }
}
