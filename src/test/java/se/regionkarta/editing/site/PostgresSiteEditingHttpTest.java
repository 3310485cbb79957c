package se.regionkarta.editing.site;

import org.junit.jupiter.api.BeforeAll;
import se.regionkarta.access.SharedPostgres;

/** The site's editing forms over HTTP on PostgreSQL, where the collision of two editors matters most. */
class PostgresSiteEditingHttpTest extends SiteEditingHttpContract {

    @BeforeAll
    static void startServer() {
        start(SharedPostgres.freshDatabase());
    }
}
