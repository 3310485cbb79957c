package se.regionkarta.suggestions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import se.regionkarta.store.Store;
import se.regionkarta.store.StoreConfig;

/** Suggestions in the embedded store (H2). */
class H2SuggestionsStoreTest extends SuggestionsStoreContract {

    @TempDir
    Path home;
    private final List<Store> opened = new ArrayList<>();

    @Override
    Jdbi freshStore() {
        Store store = Store.open(StoreConfig.embedded(home.resolve("s" + opened.size())), clock);
        opened.add(store);
        return store.jdbi();
    }

    @AfterEach
    void close() {
        opened.forEach(Store::close);
    }
}
