package se.regionkarta.access;

import se.regionkarta.store.StoreConfig;

/** Accounts, logins, sessions and tokens on a real PostgreSQL server. */
class PostgresAccessTest extends AccessContract {

    @Override
    StoreConfig freshDatabase() {
        return SharedPostgres.freshDatabase();
    }
}
