package se.regionkarta.web;

import org.junit.jupiter.api.BeforeAll;
import se.regionkarta.access.SharedPostgres;

/** Entering seats from votes over HTTP on PostgreSQL, where the write's transaction and version checks matter most. */
class PostgresSeatEntryHttpTest extends SeatEntryHttpContract {

    @BeforeAll
    static void startServer() {
        start(SharedPostgres.freshDatabase());
    }
}
