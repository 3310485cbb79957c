package se.regionkarta.suggestions.site;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import se.regionkarta.web.Authentication;

/**
 * Protects the suggestion form, which readers send without a session (so the site's session token
 * cannot), against being sent from another site: the form carries {@code TIME.NONCE.SIGNATURE},
 * signed with a key every instance shares (kept in the store), valid for two hours and for one
 * fact only, and the nonce is also in a cookie of its own ({@value #COOKIE}, {@code SameSite=Lax},
 * path {@code /forslag}), which a form posted from another site does not carry (the double-submit
 * pattern of the login form, with an expiry that needs no state).
 */
final class FormToken {

    static final String FIELD = "_forslag";
    static final String COOKIE = "regionkarta-forslag";
    private static final Duration VALID = Duration.ofHours(2);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;
    private final Clock clock;
    private final Authentication authentication;
    private final SecureRandom random = new SecureRandom();

    FormToken(byte[] key, Clock clock, Authentication authentication) {
        this.key = key.clone();
        this.clock = clock;
        this.authentication = authentication;
    }

    /** Returns a token for a form about one fact, setting the cookie with its nonce unless the browser has one. */
    String issue(Context ctx, String fact) {
        String nonce = ctx.cookie(COOKIE);
        if (nonce == null || !nonce.matches("[A-Za-z0-9_-]{22}")) {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            nonce = B64.encodeToString(bytes);
            authentication.cookie(ctx, COOKIE, nonce, "/forslag", VALID.toSeconds());
        }
        String time = Long.toString(clock.instant().getEpochSecond());
        return time + "." + nonce + "." + sign(time + "." + nonce + "." + fact);
    }

    /** Tells whether a sent token was issued here for this fact, less than two hours ago, to the browser that sends it. */
    boolean valid(Context ctx, String token, String fact) {
        if (token == null || token.length() > 200) {
            return false;
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3 || !parts[0].matches("[0-9]{1,12}")) {
            return false;
        }
        String cookie = ctx.cookie(COOKIE);
        if (cookie == null || !MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8), parts[1].getBytes(StandardCharsets.UTF_8))) {
            return false;
        }
        String expected = sign(parts[0] + "." + parts[1] + "." + fact);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), parts[2].getBytes(StandardCharsets.UTF_8))) {
            return false;
        }
        Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[0]));
        Instant now = clock.instant();
        return !issued.isAfter(now.plusSeconds(60)) && issued.plus(VALID).isAfter(now);
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return B64.encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
