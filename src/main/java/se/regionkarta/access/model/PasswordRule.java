package se.regionkarta.access.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which passwords an account may be given. Length is what makes a password hard to guess (NIST SP
 * 800-63B, section 3.1.1.2): at least 12 characters, any characters, no rules of composition; a
 * password made of very few distinct characters, one that contains the account's name, or one of
 * the most common long passwords is refused. At most 1,000 characters, so that hashing stays cheap.
 */
public final class PasswordRule {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 1000;
    private static final int MIN_DISTINCT = 5;
    /** Long passwords that top the lists of leaked ones, lower case. */
    private static final Set<String> COMMON = Set.of("123456789012", "1234567890123", "12345678901234", "123456789123",
            "qwertyuiopas", "qwertyuiopå", "qwertyuiopasdf", "passwordpassword", "password1234", "password12345",
            "lösenord1234", "losenord1234", "lösenordlösenord", "sommarsommar", "sommar123456", "abcdefghijkl",
            "iloveyou1234", "qwerty123456", "asdfghjklöä", "1q2w3e4r5t6y", "welcome12345", "administrator");

    private PasswordRule() {
    }

    /** Returns why a password is too weak for the named account, as a sentence; empty when it is strong enough. */
    public static Optional<String> weakness(String name, String password) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("a password has at least " + MIN_LENGTH + " characters; this one has " + length
                    + ". A few unrelated words make a long password that is easy to remember");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("a password has at most " + MAX_LENGTH + " characters; this one has " + length);
        }
        if (password.codePoints().distinct().count() < MIN_DISTINCT) {
            return Optional.of("the password repeats too few characters to be hard to guess; use at least "
                    + MIN_DISTINCT + " different ones");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String account = AccountName.normal(name);
        if (account.length() >= 3 && lower.contains(account)) {
            return Optional.of("the password contains the account's name, which is the first thing anyone tries");
        }
        if (COMMON.contains(lower)) {
            return Optional.of("the password is one of the most common ones, which are tried first");
        }
        return Optional.empty();
    }
}
