package se.regionkarta.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes the random secrets handed out (session ids, CSRF tokens, API tokens) and the hashes they
 * are kept as. A secret has 256 random bits, so its SHA-256 alone is safe to keep: no salt or slow
 * hash is needed for a value no one can guess, and a hash can be looked up directly.
 */
final class Secrets {

    /** What every API token starts with, so that a leaked one is recognised (by secret scanners too). */
    static final String TOKEN_PREFIX = "rk_";

    private final SecureRandom random;

    Secrets(SecureRandom random) {
        this.random = random;
    }

    /** Returns 256 random bits, base64url without padding (43 characters). */
    String next() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Returns a new API token. */
    String nextToken() {
        return TOKEN_PREFIX + next();
    }

    /** Returns the SHA-256 of a secret, in hexadecimal: what is kept of it. */
    static String hashOf(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Compares two secrets in time that does not depend on where they differ. */
    static boolean same(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** Tells whether a text has the shape of a secret made here (base64url, 43 characters), before any lookup. */
    static boolean wellFormed(String secret) {
        return secret != null && secret.length() == 43 && secret.chars().allMatch(c -> c >= 'a' && c <= 'z'
                || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_');
    }
}
