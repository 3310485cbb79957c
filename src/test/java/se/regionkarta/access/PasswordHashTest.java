package se.regionkarta.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Argon2id hashes in the PHC format, with their parameters. */
class PasswordHashTest {

    private final PasswordHash hashes = new PasswordHash(new SecureRandom());

    @Test
    @DisplayName("a hash checks the right password only, and two hashes of one password differ by their salt")
    void hashAndCheck() {
        String a = hashes.hash("korrekt häst batteri häftklammer");
        String b = hashes.hash("korrekt häst batteri häftklammer");

        assertThat(a).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(a).isNotEqualTo(b);
        assertThat(hashes.matches("korrekt häst batteri häftklammer", a)).isTrue();
        assertThat(hashes.matches("korrekt hast batteri haftklammer", a)).isFalse();
        assertThat(hashes.matches("x", "not a hash")).isFalse();
        assertThat(hashes.matches("x", null)).isFalse();
        assertThat(hashes.isBelowCurrent(a)).isFalse();
        assertThat(hashes.isBelowCurrent("$argon2id$v=19$m=8192,t=1,p=1$c2FsdHNhbHRzYWx0$"
                + "x1Y1y9w9oZ6yQ0mJ8o7hVhBqfQ5c8o3cH7m8n2oQm5E")).isTrue();
    }

    @Test
    @DisplayName("checking against no account takes the time of a real check and matches nothing")
    void nobody() {
        hashes.matchNobody("anything at all");
    }
}
