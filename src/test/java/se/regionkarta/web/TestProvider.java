package se.regionkarta.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import se.regionkarta.access.OpenIdSettings;

/**
 * An OpenID Connect provider as far as the service sees one: an RSA key whose public half it
 * publishes as a JWKS over real HTTP on a free port, and JWTs signed with it. A second key, never
 * published, signs the tokens that must be refused.
 */
final class TestProvider implements AutoCloseable {

    static final String ISSUER = "https://login.example.se/realms/regioner";
    static final String AUDIENCE = "regionkarta";

    private final RSAKey key;
    private final RSAKey stranger;
    private final HttpServer http;

    private TestProvider(RSAKey key, RSAKey stranger, HttpServer http) {
        this.key = key;
        this.stranger = stranger;
        this.http = http;
    }

    /** Makes the keys and starts publishing the public one at {@code /jwks}. */
    static TestProvider start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("test-1").generate();
            // the same key id as the published key: only the signature tells them apart
            RSAKey stranger = new RSAKeyGenerator(2048).keyID("test-1").generate();
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            HttpServer http = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            http.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/jwk-set+json");
                exchange.sendResponseHeaders(200, jwks.length);
                exchange.getResponseBody().write(jwks);
                exchange.close();
            });
            http.start();
            return new TestProvider(key, stranger, http);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns how the service trusts this provider: the roles and regions in the claims named as a Keycloak realm would. */
    OpenIdSettings settings() {
        return new OpenIdSettings(ISSUER, URI.create("http://localhost:" + http.getAddress().getPort() + "/jwks"), AUDIENCE,
                null, "realm_access.roles", "regions");
    }

    /** Returns a JWT signed with the published key: valid for five minutes from {@code now}, changed as the test says. */
    String jwt(Instant now, Consumer<JWTClaimsSet.Builder> change) {
        return sign(key, claims(now, change));
    }

    /** Returns a JWT with the right claims signed with a key the provider never published. */
    String jwtOfStranger(Instant now) {
        return sign(stranger, claims(now, c -> { }));
    }

    private static JWTClaimsSet claims(Instant now, Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject("f:1234:olle")
                .claim("preferred_username", "olle.oidc")
                .claim("realm_access", java.util.Map.of("roles", List.of("editor", "offline_access")))
                .claim("regions", List.of("halland"))
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)));
        change.accept(claims);
        return claims.build();
    }

    private static String sign(RSAKey with, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
