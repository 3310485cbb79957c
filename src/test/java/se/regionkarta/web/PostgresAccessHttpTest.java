package se.regionkarta.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.access.SharedPostgres;
import se.regionkarta.access.model.Grant;
import se.regionkarta.access.model.Role;
import se.regionkarta.store.StoreConfig;

/** Logging in, sessions, CSRF and tokens over HTTP on PostgreSQL; and two instances on one database. */
class PostgresAccessHttpTest extends AccessHttpContract {

    static StoreConfig database;

    @BeforeAll
    static void startServer() {
        database = SharedPostgres.freshDatabase();
        start(database);
    }

    @Test
    @DisplayName("two servers on one PostgreSQL accept the same session cookie, and a logout through one ends it on both")
    void twoInstances() {
        accounts.add("lisa", new Grant(Set.of(Role.EDITOR), Set.of("kalmar")), PASSWORD).orElseThrow();
        try (TestServer second = TestServer.startOn(database, CLOCK, null)) {
            Visitor first = new Visitor(server);
            first.logIn("lisa", PASSWORD);
            Visitor there = first.at(second);

            assertThat(there.get("/region/kalmar").body()).contains("Inloggad som lisa");
            assertThat(there.logOut().statusCode()).isEqualTo(303);
            Visitor back = there.at(server);
            back.cookies.put("regionkarta-session", first.cookies.get("regionkarta-session"));
            assertThat(back.get("/").body()).doesNotContain("Inloggad som lisa");
        }
    }
}
