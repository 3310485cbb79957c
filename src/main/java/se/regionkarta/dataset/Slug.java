package se.regionkarta.dataset;

import java.text.Normalizer;
import java.util.Locale;

/** Turns free text into the id alphabet: lower-case ASCII letters, digits and hyphens. */
final class Slug {

    private Slug() {
    }

    static String of(String text) {
        String ascii = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
