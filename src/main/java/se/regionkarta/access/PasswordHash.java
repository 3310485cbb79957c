package se.regionkarta.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes passwords with Argon2id (RFC 9106) through BouncyCastle, and checks a password against a
 * hash. A hash is kept in the PHC string format with its parameters,
 * {@code $argon2id$v=19$m=19456,t=2,p=1$SALT$HASH}, so that raising them later leaves every
 * existing hash readable; a hash made with weaker parameters than the current ones is made again at
 * the next successful login ({@link #isBelowCurrent}).
 *
 * <p>The parameters are OWASP's first recommendation for Argon2id (Password Storage Cheat Sheet):
 * 19 MiB of memory, 2 passes, 1 lane; with a 16-byte random salt and a 32-byte hash. On this
 * project's machine one hash takes about 50 ms, which allows a few logins a second per core while
 * making each guess against a stolen hash cost the same 19 MiB and 50 ms.
 */
final class PasswordHash {

    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,4}),p=(\\d{1,3})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_READ = Base64.getDecoder();
    /** A hash of a password no one has, checked when the account is unknown so that its absence takes as long to say. */
    private static final String NOBODY = "$argon2id$v=19$m=19456,t=2,p=1$bm9ib2R5LW5vYm9keQ$"
            + "x1Y1y9w9oZ6yQ0mJ8o7hVhBqfQ5c8o3cH7m8n2oQm5E";

    private final SecureRandom random;

    PasswordHash(SecureRandom random) {
        this.random = random;
    }

    /** Returns the password's hash with a new salt, in the PHC format. */
    String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$" + B64.encodeToString(salt)
                + "$" + B64.encodeToString(hash);
    }

    /** Tells whether the password is the one hashed; false for a hash that cannot be read. Takes constant time in the hash's length. */
    boolean matches(String password, String encoded) {
        Matcher m = encoded == null ? null : PHC.matcher(encoded);
        if (m == null || !m.matches()) {
            return false;
        }
        byte[] salt = B64_READ.decode(m.group(4));
        byte[] expected = B64_READ.decode(m.group(5));
        byte[] actual = argon2(password, salt, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the time of one check without any account to check: an unknown or disabled account answers as slowly as a known one. */
    void matchNobody(String password) {
        matches(password, NOBODY);
    }

    /** Tells whether a hash was made with less memory or fewer passes than hashes are made with now. */
    boolean isBelowCurrent(String encoded) {
        Matcher m = PHC.matcher(encoded);
        return !m.matches() || Integer.parseInt(m.group(1)) < MEMORY_KIB || Integer.parseInt(m.group(2)) < ITERATIONS;
    }

    private static byte[] argon2(String password, byte[] salt, int memoryKib, int iterations, int lanes, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(memoryKib).withIterations(iterations)
                .withParallelism(lanes).withSalt(salt).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
