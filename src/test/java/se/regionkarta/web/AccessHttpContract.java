package se.regionkarta.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.regionkarta.access.Access;
import se.regionkarta.access.Accounts;
import se.regionkarta.access.AdjustableClock;
import se.regionkarta.access.model.Grant;
import se.regionkarta.access.model.Lockout;
import se.regionkarta.access.model.Role;
import se.regionkarta.history.ChangeLog;
import se.regionkarta.json.Json;
import se.regionkarta.site.Pages;
import se.regionkarta.site.Site;
import se.regionkarta.site.SiteErrors;
import se.regionkarta.store.StoreConfig;

/**
 * Logging in and out, sessions, CSRF, API tokens and {@code /api/v1/me} over real HTTP, on the
 * server as {@code serve} builds it over a real store: H2 ({@link H2AccessHttpTest}) and PostgreSQL
 * ({@link PostgresAccessHttpTest}). One server per class; each test uses accounts of its own.
 */
abstract class AccessHttpContract {

    static final String PASSWORD = "lagom långt lösenord";
    static final AdjustableClock CLOCK = AdjustableClock.atTestStart();
    static TestProvider provider;
    static TestServer server;
    static Accounts accounts;
    /** The real mappers and principal over the same store, with write routes that exist only in this test. */
    static Javalin guarded;

    /** Starts the OpenID Connect provider, then the server over a fresh store with the shared clock, trusting it. */
    static void start(StoreConfig config) {
        provider = TestProvider.start();
        server = TestServer.startOn(config, CLOCK, provider.settings());
        accounts = Accounts.in(server.store().jdbi(), CLOCK);
        WebServer.RouteGroup writes = routes -> {
            routes.post("/api/v1/test/regions/{region}/facts", ctx -> {
                Authorization.requireEditor(ctx, ctx.pathParam("region"));
                ctx.status(204);
            });
            routes.post("/api/v1/test/national-facts", ctx -> {
                Authorization.requireEditor(ctx, null);
                ctx.status(204);
            });
        };
        LiveRegistry registry = new LiveRegistry(TestServer.BUNDLED, ChangeLog.EMPTY, CLOCK);
        guarded = WebServer.create(List.of(writes), new SiteErrors(new Site(registry, new Pages(), CLOCK)),
                new Authentication(Access.of(server.store().jdbi(), CLOCK, provider.settings(), false)),
                new Operations(registry, CLOCK)).start(0);
    }

    @AfterAll
    static void stop() {
        if (guarded != null) {
            guarded.stop();
        }
        if (server != null) {
            server.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    static void add(String name, Role role, String... regions) {
        accounts.add(name, new Grant(Set.of(role), Set.of(regions)), PASSWORD).orElseThrow();
    }

    @Test
    @DisplayName("the login page is Swedish first, English with ?lang=en, labelled, and never kept by a cache")
    void loginPage() {
        Visitor v = new Visitor(server);
        HttpResponse<String> sv = v.get("/logga-in");
        HttpResponse<String> en = v.get("/logga-in?lang=en");

        assertThat(sv.statusCode()).isEqualTo(200);
        assertThat(sv.body()).contains("<html lang=\"sv\"", "<label for=\"name\">Namn</label>", "<label for=\"password\">Lösenord</label>",
                "autocomplete=\"current-password\"", "name=\"_csrf\"");
        assertThat(en.body()).contains("<html lang=\"en\"", "<label for=\"password\">Password</label>", "action=\"/logga-in?lang=en\"");
        assertThat(sv.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(Visitor.setCookie(sv, "regionkarta-login")).hasValueSatisfying(c ->
                assertThat(c).contains("Path=/logga-in", "HttpOnly", "SameSite=Lax"));
    }

    @Test
    @DisplayName("the right password logs in: a session cookie HttpOnly, SameSite=Lax, Path=/, back to the page, the header names the person")
    void logIn() {
        add("anna", Role.EDITOR, "kalmar");
        Visitor v = new Visitor(server);
        String token = Visitor.csrfOf(v.get("/logga-in?tillbaka=%2Fregion%2Fkalmar").body());

        HttpResponse<String> r = v.post("/logga-in", Map.of("name", "Anna", "password", PASSWORD, "_csrf", token,
                "tillbaka", "/region/kalmar"));

        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/region/kalmar");
        String cookie = Visitor.setCookie(r, "regionkarta-session").orElseThrow();
        assertThat(cookie).matches("regionkarta-session=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Lax")
                .doesNotContain("Secure", "Max-Age");
        HttpResponse<String> page = v.get("/region/kalmar");
        assertThat(page.body()).contains("Inloggad som anna", "action=\"/logga-ut\"").doesNotContain(">Logga in<");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("ETag")).isEmpty();
        assertThat(new Visitor(server).get("/region/kalmar").headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
    }

    @Test
    @DisplayName("a wrong password or an unknown name is 401 with the form again and no session; an empty field is 400 beside the field")
    void wrongPassword() {
        add("bo", Role.ADMIN);
        Visitor v = new Visitor(server);

        HttpResponse<String> wrong = v.logIn("bo", "not the password");
        HttpResponse<String> unknown = v.logIn("nobody", PASSWORD);
        String token = Visitor.csrfOf(v.get("/logga-in").body());
        HttpResponse<String> empty = v.post("/logga-in", Map.of("name", "bo", "password", "", "_csrf", token));

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Cookie"));
        assertThat(wrong.body()).contains("Namnet eller lösenordet stämmer inte", "value=\"bo\"").doesNotContain("not the password");
        assertThat(Visitor.setCookie(wrong, "regionkarta-session")).isEmpty();
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("id=\"password-problem\"", "Skriv ditt lösenord.", "aria-describedby=\"password-problem\"",
                "aria-invalid=\"true\"", "href=\"#password\"");
    }

    @Test
    @DisplayName("five wrong passwords lock the account for 15 minutes (429, the right password too); then it logs in")
    void lockout() {
        add("cecilia", Role.NATIONAL_EDITOR);
        Visitor v = new Visitor(server);
        for (int i = 1; i < Lockout.MAX_FAILURES; i++) {
            assertThat(v.logIn("cecilia", "wrong " + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> fifth = v.logIn("cecilia", "wrong 5");
        HttpResponse<String> right = v.logIn("cecilia", PASSWORD);

        assertThat(fifth.statusCode()).isEqualTo(429);
        assertThat(fifth.headers().firstValue("Retry-After")).hasValue(String.valueOf(Lockout.PERIOD.toSeconds()));
        assertThat(fifth.body()).contains("Försök igen klockan");
        assertThat(right.statusCode()).isEqualTo(429);
        CLOCK.advance(Lockout.PERIOD);
        assertThat(v.logIn("cecilia", PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    @DisplayName("a disabled account cannot log in, and its open session ends at once")
    void disabled() {
        add("david", Role.EDITOR, "halland");
        Visitor v = new Visitor(server);
        assertThat(v.logIn("david", PASSWORD).statusCode()).isEqualTo(303);

        accounts.disable(accounts.find("david").orElseThrow());

        assertThat(v.get("/").body()).contains(">Logga in<").doesNotContain("Inloggad som");
        assertThat(new Visitor(server).logIn("david", PASSWORD).statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("logout needs the session's CSRF token, deletes the session, and the old cookie opens nothing")
    void logOut() {
        add("erik", Role.ADMIN);
        Visitor v = new Visitor(server);
        v.logIn("erik", PASSWORD);
        String session = v.cookies.get("regionkarta-session");

        HttpResponse<String> forged = v.post("/logga-ut", Map.of());
        HttpResponse<String> wrong = v.post("/logga-ut", Map.of("_csrf", "x".repeat(43)));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("säkerhetskod");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(v.get("/").body()).contains("Inloggad som erik");

        HttpResponse<String> out = v.logOut();
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(Visitor.setCookie(out, "regionkarta-session")).hasValueSatisfying(c -> assertThat(c).contains("Max-Age=0"));
        Visitor replay = new Visitor(server);
        replay.cookies.put("regionkarta-session", session);
        assertThat(replay.get("/").body()).contains(">Logga in<").doesNotContain("Inloggad som");
    }

    @Test
    @DisplayName("the login form is refused (403) without the token of its cookie, or with another")
    void loginCsrf() {
        add("frida", Role.ADMIN);
        Visitor v = new Visitor(server);
        v.get("/logga-in");

        HttpResponse<String> none = v.post("/logga-in", Map.of("name", "frida", "password", PASSWORD));
        HttpResponse<String> other = v.post("/logga-in", Map.of("name", "frida", "password", PASSWORD, "_csrf", "y".repeat(43)));
        HttpResponse<String> english = v.post("/logga-in?lang=en", Map.of("name", "frida", "password", PASSWORD));

        Visitor stranger = new Visitor(server); // another site's form: no login cookie reaches the service
        HttpResponse<String> nullToken = stranger.post("/logga-in", Map.of("name", "frida", "password", PASSWORD, "_csrf", "null"));
        stranger.cookies.put("regionkarta-login", "short");
        HttpResponse<String> madeUp = stranger.post("/logga-in", Map.of("name", "frida", "password", PASSWORD, "_csrf", "short"));

        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(nullToken.statusCode()).isEqualTo(403);
        assertThat(madeUp.statusCode()).isEqualTo(403);
        assertThat(english.body()).contains("security code");
        assertThat(Visitor.setCookie(none, "regionkarta-session")).isEmpty();
    }

    @Test
    @DisplayName("every form sent with a session must carry its token: a calculator's too")
    void everyForm() {
        add("gustav", Role.EDITOR, "kalmar");
        Visitor v = new Visitor(server);
        v.logIn("gustav", PASSWORD);
        String token = Visitor.csrfOf(v.get("/val/namnd").body());

        assertThat(v.post("/val/namnd", Map.of("groups", "grupp,röster\nA,10\nB,5\n", "seats", "3")).statusCode()).isEqualTo(403);
        assertThat(v.post("/val/namnd", Map.of("groups", "grupp,röster\nA,10\nB,5\n", "seats", "3", "_csrf", token))
                .statusCode()).isNotEqualTo(403);
        assertThat(new Visitor(server).post("/val/namnd", Map.of("groups", "grupp,röster\nA,10\nB,5\n", "seats", "3"))
                .statusCode()).isNotEqualTo(403);
    }

    @Test
    @DisplayName("an API token works on /api/v1/me until revoked, then 401 with WWW-Authenticate: Bearer error=invalid_token")
    void apiToken() {
        add("helena", Role.EDITOR, "kalmar", "halland");
        Accounts.IssuedToken token = accounts.createToken(accounts.find("helena").orElseThrow());

        JsonNode me = json(server.get("/api/v1/me", "Authorization", "Bearer " + token.token()));
        assertThat(me.get("name").asText()).isEqualTo("helena");
        assertThat(me.get("via").asText()).isEqualTo("api-token");
        assertThat(me.get("roles").toString()).isEqualTo("[\"editor\"]");
        assertThat(me.get("regions").toString()).isEqualTo("[\"halland\",\"kalmar\"]");

        accounts.revokeToken(token.id());
        HttpResponse<String> after = server.get("/api/v1/me", "Authorization", "Bearer " + token.token());
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"regionkarta\", error=\"invalid_token\"");
        assertThat(after.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(after).get("code").asText()).isEqualTo("unauthorized");
        assertThat(server.get("/api/v1/units/kalmar", "Authorization", "Bearer " + token.token()).statusCode()).isEqualTo(401);
        assertThat(server.get("/api/v1/units/kalmar", "Authorization", "Basic YTpi").statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("/api/v1/me says who asks: anonymous, an editor, an administrator; never cached; the API reads no session cookie")
    void me() {
        add("ingrid", Role.ADMIN);
        add("johan", Role.EDITOR, "skane");
        Accounts.IssuedToken admin = accounts.createToken(accounts.find("ingrid").orElseThrow());
        Accounts.IssuedToken editor = accounts.createToken(accounts.find("johan").orElseThrow());
        Visitor v = new Visitor(server);
        v.logIn("ingrid", PASSWORD);

        HttpResponse<String> anonymous = server.get("/api/v1/me");
        JsonNode a = json(anonymous);
        assertThat(a.get("authenticated").asBoolean()).isFalse();
        assertThat(a.get("via").asText()).isEqualTo("none");
        assertThat(a.get("roles").toString()).isEqualTo("[\"reader\"]");
        assertThat(anonymous.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode e = json(server.get("/api/v1/me", "Authorization", "Bearer " + editor.token()));
        assertThat(e.get("regions").toString()).isEqualTo("[\"skane\"]");
        assertThat(e.get("administers").asBoolean()).isFalse();
        JsonNode ad = json(server.get("/api/v1/me", "Authorization", "bearer " + admin.token()));
        assertThat(ad.get("roles").toString()).isEqualTo("[\"admin\"]");
        assertThat(ad.get("administers").asBoolean()).isTrue();
        assertThat(ad.get("editsNational").asBoolean()).isFalse();
        assertThat(json(v.get("/api/v1/me")).get("authenticated").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("a session expires after eight hours")
    void expiry() {
        add("karin", Role.ADMIN);
        Visitor v = new Visitor(server);
        v.logIn("karin", PASSWORD);
        assertThat(v.get("/").body()).contains("Inloggad som karin");

        CLOCK.advance(Duration.ofHours(8));

        assertThat(v.get("/").body()).doesNotContain("Inloggad som karin");
    }

    @Test
    @DisplayName("behind a proxy that says the request came over HTTPS, the session cookie is Secure and named __Host-")
    void secureBehindProxy() {
        add("linnea", Role.ADMIN);
        Visitor v = new Visitor(server);
        String token = Visitor.csrfOf(v.get("/logga-in").body());
        String form = "name=linnea&password=" + java.net.URLEncoder.encode(PASSWORD, java.nio.charset.StandardCharsets.UTF_8)
                + "&_csrf=" + token;

        HttpResponse<String> r = server.send("POST", "/logga-in", form, "Content-Type", "application/x-www-form-urlencoded",
                "Cookie", "regionkarta-login=" + v.cookies.get("regionkarta-login"), "X-Forwarded-Proto", "https");

        assertThat(r.statusCode()).isEqualTo(303);
        String cookie = Visitor.setCookie(r, "__Host-regionkarta-session").orElseThrow();
        assertThat(cookie).matches("__Host-regionkarta-session=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Lax; Secure");
        String key = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
        assertThat(server.get("/", "Cookie", "__Host-regionkarta-session=" + key, "X-Forwarded-Proto", "https").body())
                .contains("Inloggad som linnea");
    }

    @Test
    @DisplayName("after logging in the browser goes back only to a path of this site: another site's address leads to the start page")
    void noOpenRedirect() {
        add("mats", Role.ADMIN);
        for (String elsewhere : List.of("https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)",
                "/%0d%0aSet-Cookie:x=y")) {
            Visitor v = new Visitor(server);
            String token = Visitor.csrfOf(v.get("/logga-in").body());
            HttpResponse<String> r = v.post("/logga-in", Map.of("name", "mats", "password", PASSWORD, "_csrf", token,
                    "tillbaka", elsewhere));
            assertThat(r.headers().firstValue("Location")).as(elsewhere).hasValueSatisfying(l ->
                    assertThat(l).startsWith("/").doesNotStartWith("//").doesNotContain("evil"));
        }
    }

    @Test
    @DisplayName("a JWT of the configured provider shows who asks: its name, the roles it knows of, its regions")
    void jwt() {
        String token = provider.jwt(CLOCK.instant(), c -> { });

        HttpResponse<String> r = server.get("/api/v1/me", "Authorization", "Bearer " + token);

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode me = json(r);
        assertThat(me.get("name").asText()).isEqualTo("olle.oidc");
        assertThat(me.get("via").asText()).isEqualTo("openid-connect");
        assertThat(me.get("roles").toString()).isEqualTo("[\"editor\"]");
        assertThat(me.get("regions").toString()).isEqualTo("[\"halland\"]");
    }

    @Test
    @DisplayName("a JWT of another issuer, for another audience, expired, signed by an unpublished key, or unsigned is 401 invalid_token")
    void refusedJwts() {
        java.time.Instant now = CLOCK.instant();
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("another issuer", provider.jwt(now, c -> c.issuer("https://evil.example/")));
        refused.put("another audience", provider.jwt(now, c -> c.audience("another-service")));
        refused.put("expired", provider.jwt(now.minus(Duration.ofMinutes(10)), c -> { }));
        refused.put("unpublished key", provider.jwtOfStranger(now));
        refused.put("alg none", new com.nimbusds.jwt.PlainJWT(new com.nimbusds.jwt.JWTClaimsSet.Builder().issuer(TestProvider.ISSUER).audience(TestProvider.AUDIENCE)
                .subject("x").expirationTime(java.util.Date.from(now.plusSeconds(300))).build()).serialize());
        refused.put("garbage", "not.a.jwt");

        refused.forEach((why, token) -> {
            HttpResponse<String> r = server.get("/api/v1/me", "Authorization", "Bearer " + token);
            assertThat(r.statusCode()).as(why).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate")).as(why)
                    .hasValue("Bearer realm=\"regionkarta\", error=\"invalid_token\"");
            assertThat(json(r).get("code").asText()).as(why).isEqualTo("unauthorized");
            assertThat(r.body()).as(why).doesNotContain(token);
        });
        assertThat(json(server.get("/api/v1/me", "Authorization", "Bearer " + refused.get("expired"))).get("detail").asText())
                .contains("expired");
    }

    @Test
    @DisplayName("the API token of a disabled account is 401 at once")
    void disabledToken() {
        add("nils", Role.EDITOR, "kalmar");
        Accounts.IssuedToken token = accounts.createToken(accounts.find("nils").orElseThrow());
        assertThat(server.get("/api/v1/me", "Authorization", "Bearer " + token.token()).statusCode()).isEqualTo(200);

        accounts.disable(accounts.find("nils").orElseThrow());

        HttpResponse<String> r = server.get("/api/v1/me", "Authorization", "Bearer " + token.token());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"regionkarta\", error=\"invalid_token\"");
    }

    @Test
    @DisplayName("requireEditor: anonymous 401, an editor of another region 403, of the fact's region 204; national facts need a national editor")
    void requireEditor() {
        add("olof", Role.EDITOR, "halland");
        add("petra", Role.EDITOR, "kalmar");
        add("rut", Role.NATIONAL_EDITOR);
        String halland = "Bearer " + accounts.createToken(accounts.find("olof").orElseThrow()).token();
        String kalmar = "Bearer " + accounts.createToken(accounts.find("petra").orElseThrow()).token();
        String national = "Bearer " + accounts.createToken(accounts.find("rut").orElseThrow()).token();
        String oidcHalland = "Bearer " + provider.jwt(CLOCK.instant(), c -> { });

        HttpResponse<String> anonymous = write("/api/v1/test/regions/kalmar/facts");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"regionkarta\"");
        HttpResponse<String> other = write("/api/v1/test/regions/kalmar/facts", "Authorization", halland);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(other).get("code").asText()).isEqualTo("forbidden");
        assertThat(write("/api/v1/test/regions/kalmar/facts", "Authorization", oidcHalland).statusCode()).isEqualTo(403);
        assertThat(write("/api/v1/test/regions/halland/facts", "Authorization", oidcHalland).statusCode()).isEqualTo(204);
        assertThat(write("/api/v1/test/regions/kalmar/facts", "Authorization", kalmar).statusCode()).isEqualTo(204);
        assertThat(write("/api/v1/test/regions/kalmar/facts", "Authorization", national).statusCode()).isEqualTo(403);
        assertThat(write("/api/v1/test/national-facts", "Authorization", kalmar).statusCode()).isEqualTo(403);
        assertThat(write("/api/v1/test/national-facts", "Authorization", national).statusCode()).isEqualTo(204);
    }

    private static HttpResponse<String> write(String path, String... headers) {
        try {
            java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + guarded.port() + path)).POST(java.net.http.HttpRequest.BodyPublishers.noBody());
            if (headers.length > 0) {
                b.headers(headers);
            }
            return java.net.http.HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return Json.mapper().readTree(r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
