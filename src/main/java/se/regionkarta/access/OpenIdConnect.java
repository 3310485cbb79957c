package se.regionkarta.access;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.regionkarta.access.model.Principal;
import se.regionkarta.access.model.Role;
import se.regionkarta.access.model.Via;

/**
 * Checks a JWT from the configured OpenID Connect provider with Nimbus JOSE+JWT: signed (never
 * {@code alg: none}, never a shared-secret HMAC) with one of the keys the provider publishes at its
 * JWKS address, issued by the configured issuer, for the configured audience, not expired and
 * already valid by the service's clock (a minute's skew allowed). Its name, roles and regions are
 * read from the configured claims; roles the registry does not know are ignored, since a provider
 * often puts the roles of several services in one claim.
 *
 * <p>The keys are fetched when first needed and kept for 5 minutes; a token signed with a key not
 * among them (the provider rotated its keys) makes the set be fetched again at once, at most every
 * 30 seconds; if the provider cannot be reached, the keys already fetched serve for up to an hour.
 */
final class OpenIdConnect {

    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384,
            JWSAlgorithm.ES512);
    private static final Duration KEEP_KEYS = Duration.ofMinutes(5);
    private static final Duration REFETCH_AT_MOST_EVERY = Duration.ofSeconds(30);
    private static final Duration SERVE_KEYS_WHILE_PROVIDER_DOWN = Duration.ofHours(1);

    private final OpenIdSettings settings;
    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    OpenIdConnect(OpenIdSettings settings, Clock clock) {
        this.settings = settings;
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.<SecurityContext>create(settings.jwksUrl().toURL(),
                            new DefaultResourceRetriever(3_000, 3_000, 512 * 1024))
                    .cache(KEEP_KEYS.toMillis(), Duration.ofSeconds(15).toMillis())
                    .rateLimited(REFETCH_AT_MOST_EVERY.toMillis())
                    .retrying(true)
                    .outageTolerant(SERVE_KEYS_WHILE_PROVIDER_DOWN.toMillis())
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a URL: " + settings.jwksUrl(), e);
        }
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(Set.of(settings.audience()),
                new JWTClaimsSet.Builder().issuer(settings.issuer()).build(), Set.of("sub", "exp"), null) {
            @Override
            protected Date currentTime() {
                return Date.from(clock.instant());
            }
        });
    }

    /** Returns who the JWT says the request is, or why it is refused (words safe to show the client). */
    Access.Bearer verify(String jwt) {
        JWTClaimsSet claims;
        try {
            claims = processor.process(jwt, null);
        } catch (ParseException e) {
            return new Access.Bearer.Refused("the bearer token is neither an API token nor a JWT");
        } catch (BadJOSEException e) {
            String message = String.valueOf(e.getMessage());
            return new Access.Bearer.Refused(message.startsWith("Expired JWT") ? "the JWT has expired"
                    : "the JWT is not accepted: it must be signed by the configured OpenID Connect provider, "
                    + "for this service, and be valid now");
        } catch (com.nimbusds.jose.JOSEException e) {
            // the keys could not be fetched or a signature could not be checked
            return new Access.Bearer.Refused("the JWT cannot be checked now: the provider's keys cannot be had");
        }
        Object named = claim(claims, settings.nameClaim());
        String name = named instanceof String s && !s.isBlank() ? s : claims.getSubject();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        words(claim(claims, settings.rolesClaim())).forEach(w -> Role.ofCode(w).ifPresent(roles::add));
        return new Access.Bearer.Accepted(new Principal(name, roles, words(claim(claims, settings.regionsClaim())),
                Via.OPENID_CONNECT));
    }

    /** Returns a claim, following a dotted path into nested objects. */
    private static Object claim(JWTClaimsSet claims, String path) {
        Object value = claims.getClaims();
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(part);
        }
        return value;
    }

    /** Returns the words of a claim: a list of strings, or one string of words separated by spaces or commas. */
    private static Set<String> words(Object value) {
        List<Object> items = new ArrayList<>();
        if (value instanceof Collection<?> list) {
            items.addAll(list);
        } else if (value != null) {
            items.add(value);
        }
        Set<String> words = new LinkedHashSet<>();
        for (Object item : items) {
            if (item instanceof String s) {
                for (String w : s.split("[\\s,]+")) {
                    if (!w.isBlank()) {
                        words.add(w);
                    }
                }
            }
        }
        return words;
    }
}
