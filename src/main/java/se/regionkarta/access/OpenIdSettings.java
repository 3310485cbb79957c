package se.regionkarta.access;

import java.net.URI;
import java.util.Objects;

/**
 * How to trust an OpenID Connect provider's JWTs: who issues them, where its signing keys are
 * published, which audience they must be for, and in which claims the name, the roles and the
 * regions are (a claim name with dots, {@code realm_access.roles}, is a path into nested objects).
 * Configuration, never secrets: the provider's keys are public.
 */
public record OpenIdSettings(String issuer, URI jwksUrl, String audience, String nameClaim, String rolesClaim,
        String regionsClaim) {

    public static final String NAME_CLAIM = "preferred_username";
    public static final String ROLES_CLAIM = "roles";
    public static final String REGIONS_CLAIM = "regions";

    public OpenIdSettings {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(jwksUrl, "jwksUrl");
        Objects.requireNonNull(audience, "audience");
        nameClaim = nameClaim == null || nameClaim.isBlank() ? NAME_CLAIM : nameClaim;
        rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? ROLES_CLAIM : rolesClaim;
        regionsClaim = regionsClaim == null || regionsClaim.isBlank() ? REGIONS_CLAIM : regionsClaim;
    }

    /**
     * Returns what is wrong with a JWKS address, as a sentence; null when it can be used. Keys fetched
     * over plain HTTP could be replaced on the way, so only HTTPS is accepted, except on this machine
     * (a provider on localhost, as in tests).
     */
    public static String jwksUrlProblem(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || url.getHost() == null) {
            return "the JWKS address is an https:// URL, got " + url;
        }
        boolean loopback = url.getHost().equals("localhost") || url.getHost().equals("127.0.0.1")
                || url.getHost().equals("[::1]");
        if (scheme.equals("http") && !loopback) {
            return "the JWKS address must use https:// (the provider's keys decide whom the service trusts), got " + url;
        }
        return null;
    }
}
