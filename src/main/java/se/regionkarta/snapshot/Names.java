package se.regionkarta.snapshot;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares names as a person types them: without regard to case, accents or repeated spaces, as
 * the web search does. "Halso- och sjukvardsforvaltningen" is "Hälso- och sjukvårdsförvaltningen".
 */
public final class Names {

    /** What a decoder puts where it met bytes it could not read (a terminal that is not UTF-8). */
    private static final char REPLACEMENT = '\uFFFD';
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Names() {
    }

    /** Returns the form two names are compared in: lower case, accents removed, spaces single. */
    public static String key(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD);
        return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Returns a name as typed, ready to be compared with many. */
    public static Typed typed(String text) {
        return new Typed(text);
    }

    /**
     * A name as typed. Where the terminal could not decode a letter (Java reads the arguments in the
     * locale's encoding, and in the C locale "ä", two bytes in UTF-8, arrives as two replacement
     * characters), each run of replacement characters stands for one or two letters of any kind.
     */
    public static final class Typed {
        private final String key;
        private final Pattern pattern;

        private Typed(String text) {
            this.key = key(text);
            this.pattern = key.indexOf(REPLACEMENT) < 0 ? null : wildcards(key);
        }

        public boolean matches(String name) {
            String other = key(name);
            return pattern == null ? other.equals(key) : pattern.matcher(other).matches();
        }

        private static Pattern wildcards(String key) {
            StringBuilder regex = new StringBuilder();
            int i = 0;
            while (i < key.length()) {
                int start = i;
                if (key.charAt(i) == REPLACEMENT) {
                    while (i < key.length() && key.charAt(i) == REPLACEMENT) {
                        i++;
                    }
                    regex.append(".{1,").append(i - start).append('}');
                } else {
                    while (i < key.length() && key.charAt(i) != REPLACEMENT) {
                        i++;
                    }
                    regex.append(Pattern.quote(key.substring(start, i)));
                }
            }
            return Pattern.compile(regex.toString());
        }
    }
}
