package se.regionkarta.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import se.regionkarta.access.OpenIdSettings;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;

/**
 * How {@code serve} learns who is asking: the OpenID Connect provider whose JWTs it accepts, and
 * whether its cookies are for HTTPS only. Each option falls back to an environment variable, so
 * that a deployment configures it without a command line; none of them is a secret.
 */
public final class AccessOptions {

    @Option(names = "--oidc-issuer", paramLabel = "URL", description = "accept JWTs from this OpenID Connect issuer "
            + "(the iss claim; default: $REGIONKARTA_OIDC_ISSUER); needs --oidc-jwks-url and --oidc-audience")
    String issuer;

    @Option(names = "--oidc-jwks-url", paramLabel = "URL", description = "where the issuer publishes its signing keys "
            + "(jwks_uri of its discovery document; https; default: $REGIONKARTA_OIDC_JWKS_URL)")
    String jwksUrl;

    @Option(names = "--oidc-audience", paramLabel = "AUD", description = "the audience a JWT must be for: this service's "
            + "client id at the provider (default: $REGIONKARTA_OIDC_AUDIENCE)")
    String audience;

    @Option(names = "--oidc-roles-claim", paramLabel = "CLAIM", description = "the claim holding the roles (default: "
            + "$REGIONKARTA_OIDC_ROLES_CLAIM, else roles; a dotted name such as realm_access.roles reads a nested claim)")
    String rolesClaim;

    @Option(names = "--oidc-regions-claim", paramLabel = "CLAIM", description = "the claim holding the ids of the regions an "
            + "editor edits (default: $REGIONKARTA_OIDC_REGIONS_CLAIM, else regions)")
    String regionsClaim;

    @Option(names = "--oidc-name-claim", paramLabel = "CLAIM", description = "the claim naming the person (default: "
            + "$REGIONKARTA_OIDC_NAME_CLAIM, else preferred_username; sub when it is missing)")
    String nameClaim;

    @Option(names = "--secure-cookies", description = "send the session cookie over HTTPS only, also when requests reach "
            + "the service over HTTP from a proxy that ends TLS (default: $REGIONKARTA_SECURE_COOKIES=true)")
    boolean secureCookies;

    @Option(names = "--trust-proxy", description = "the service runs behind a proxy that writes the client's address in "
            + "X-Forwarded-For; limits per address then count by it (default: $REGIONKARTA_TRUST_PROXY=true; without it "
            + "the header is ignored, as anyone could write it)")
    boolean trustProxy;

    /** Returns whether a proxy's X-Forwarded-For names the client. */
    boolean trustProxy() {
        return trustProxy || "true".equalsIgnoreCase(String.valueOf(System.getenv("REGIONKARTA_TRUST_PROXY")).strip());
    }

    /** Returns whether cookies are for HTTPS only. */
    boolean secureCookies() {
        return secureCookies || "true".equalsIgnoreCase(String.valueOf(System.getenv("REGIONKARTA_SECURE_COOKIES")).strip());
    }

    /** Returns the provider to trust, or null when none is configured; refuses a configuration that is half there or malformed. */
    OpenIdSettings openId() {
        String iss = or(issuer, "REGIONKARTA_OIDC_ISSUER");
        String jwks = or(jwksUrl, "REGIONKARTA_OIDC_JWKS_URL");
        String aud = or(audience, "REGIONKARTA_OIDC_AUDIENCE");
        if (iss == null && jwks == null && aud == null) {
            return null;
        }
        List<Problem> problems = new ArrayList<>();
        if (iss == null) {
            problems.add(Problem.inField("--oidc-issuer", "give the issuer too: JWTs are accepted only from one issuer"));
        }
        if (aud == null) {
            problems.add(Problem.inField("--oidc-audience", "give the audience too: a JWT made for another service must be refused"));
        }
        URI keys = null;
        if (jwks == null) {
            problems.add(Problem.inField("--oidc-jwks-url", "give the address of the issuer's keys (jwks_uri) too"));
        } else {
            try {
                keys = new URI(jwks);
                String problem = OpenIdSettings.jwksUrlProblem(keys);
                if (problem != null) {
                    problems.add(Problem.inField("--oidc-jwks-url", problem));
                }
            } catch (URISyntaxException e) {
                problems.add(Problem.inField("--oidc-jwks-url", "not a URL: " + jwks));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInput(problems);
        }
        return new OpenIdSettings(iss, keys, aud, or(nameClaim, "REGIONKARTA_OIDC_NAME_CLAIM"),
                or(rolesClaim, "REGIONKARTA_OIDC_ROLES_CLAIM"), or(regionsClaim, "REGIONKARTA_OIDC_REGIONS_CLAIM"));
    }

    private static String or(String option, String variable) {
        String value = option != null ? option : System.getenv(variable);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
