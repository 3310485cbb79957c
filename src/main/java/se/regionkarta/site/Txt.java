package se.regionkarta.site;

/**
 * A piece of text from the data with the language it is written in, when that differs from the
 * page's (WCAG 3.1.2, language of parts): templates put {@code lang} on its element.
 *
 * @param lang the BCP 47 code, or null when the text is in the page's language
 */
public record Txt(String text, String lang) {

    @Override
    public String toString() {
        return text;
    }
}
