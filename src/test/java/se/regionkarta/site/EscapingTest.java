package se.regionkarta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.registry.model.Location;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.web.TestServer;

/** Text from the data or the address never becomes markup: a name with a script tag is shown as text. */
class EscapingTest {

    private static final String EVIL = "<script>alert('x')</script> & \"Co\"";
    private static TestServer server;

    @BeforeAll
    static void start() {
        Dataset d = TestServer.BUNDLED;
        List<Unit> units = d.all(Unit.class).stream().map(u -> u.id().equals("kalmar.hsf") ? evil(u) : u).toList();
        server = TestServer.start(d.with(se.regionkarta.registry.model.Unit.class, units));
    }

    private static Unit evil(Unit u) {
        return new Unit(u.id(), EVIL, "</script><script>alert(2)</script>", u.formerNames(), u.kind(), u.parents(), u.validity(),
                u.ownership(), new Location("<b>Kalmar</b>", null), u.identifiers(), EVIL, EVIL, EVIL, u.sources());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @DisplayName("escapes a unit's name on every page that shows it, and in its structured data")
    void escapesNames() {
        for (String path : List.of("/enhet/kalmar.hsf", "/enhet/kalmar.hsf?lang=en", "/enhet/kalmar.oskarshamns-sjukhus",
                "/region/kalmar", "/region/kalmar/organisation", "/region/kalmar/politik", "/kallor/kalmar-deck",
                "/sok?q=alert")) {
            String body = server.get(path).body();
            assertThat(body).as(path).doesNotContain("<script>alert", "<b>Kalmar</b>");
            assertThat(body.split("<script", -1)).as(path + ": only the site's own scripts").hasSizeLessThanOrEqualTo(3);
        }
        String unit = server.get("/enhet/kalmar.hsf").body();
        assertThat(unit).contains("<h1><span>&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"Co\"</span>");
        assertThat(unit).contains("\\u003cscript\\u003ealert('x')\\u003c/script\\u003e \\u0026");
    }

    @Test
    @DisplayName("escapes what the reader typed into the search box")
    void escapesQueries() {
        String body = server.get("/sok?q=%3Cscript%3Ealert(1)%3C/script%3E").body();
        assertThat(body).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}
