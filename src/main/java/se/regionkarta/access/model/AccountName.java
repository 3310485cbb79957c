package se.regionkarta.access.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An account's name: what a person types to log in. Names do not depend on case ({@code Anna} and
 * {@code anna} are one account), so they are kept in lower case; letters a–z, digits and
 * {@code . _ @ -} are allowed, so that an e-mail address can serve as a name.
 */
public final class AccountName {

    public static final int MAX_LENGTH = 100;
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._@-]*");

    private AccountName() {
    }

    /** Returns the name as it is kept: stripped and in lower case. */
    public static String normal(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    /** Returns what is wrong with a name, as a sentence; empty when it can be an account's name. */
    public static Optional<String> problem(String typed) {
        String name = normal(typed);
        if (name.isEmpty()) {
            return Optional.of("an account needs a name");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("a name has at most " + MAX_LENGTH + " characters, this one has " + name.length());
        }
        if (!ALLOWED.matcher(name).matches()) {
            return Optional.of("a name is made of the letters a–z, digits and . _ @ - and starts with a letter or digit, "
                    + "got '" + typed.strip() + "'");
        }
        return Optional.empty();
    }
}
