package se.regionkarta.suggestions;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import se.regionkarta.access.SharedPostgres;
import se.regionkarta.store.Store;

/** Suggestions in PostgreSQL. */
class PostgresSuggestionsStoreTest extends SuggestionsStoreContract {

    private final List<Store> opened = new ArrayList<>();

    @Override
    Jdbi freshStore() {
        Store store = Store.open(SharedPostgres.freshDatabase(), clock);
        opened.add(store);
        return store.jdbi();
    }

    @AfterEach
    void close() {
        opened.forEach(Store::close);
    }
}
