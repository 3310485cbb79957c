package se.regionkarta.store;

/**
 * Issue 12's store contract on H2 given by URL, as a second process or a test would give it: no home
 * lock, so the row lock of {@code change_counter} alone serialises the writers.
 */
class H2WritesTest extends WritesContract {

    @Override
    StoreConfig freshDatabase() {
        return new StoreConfig("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";AUTO_SERVER=TRUE", "sa", "");
    }
}
