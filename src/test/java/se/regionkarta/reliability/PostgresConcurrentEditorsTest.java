package se.regionkarta.reliability;

import org.junit.jupiter.api.BeforeAll;
import se.regionkarta.access.SharedPostgres;

/** The concurrent editors on PostgreSQL. */
class PostgresConcurrentEditorsTest extends ConcurrentEditorsContract {

    @BeforeAll
    static void startServer() {
        start(SharedPostgres.freshDatabase());
    }

    @Override
    String storeName() {
        return "postgresql";
    }
}
