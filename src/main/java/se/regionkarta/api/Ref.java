package se.regionkarta.api;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import se.regionkarta.provenance.model.SourceRef;

/**
 * A fact named in the answer about another: enough to show and link it, with the sources of the
 * fact that puts it there (a unit's own sources state its place in the tree).
 *
 * @param kind the fact's kind as the JSON shows it ({@code HOSPITAL}), or null where facts have none
 */
public record Ref<K>(String id, String name, K kind, List<SourceRef> sources) {

    /** Folds a text for matching as a person expects: case and diacritics ignored ({@code ostra} finds {@code Östra}). */
    static String fold(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    /** Tells whether a name filter matches one of the names. */
    public static boolean matches(String query, String... names) {
        if (query == null) {
            return true;
        }
        String q = fold(query);
        for (String name : names) {
            if (fold(name).contains(q)) {
                return true;
            }
        }
        return false;
    }
}
