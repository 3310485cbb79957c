package se.regionkarta.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.sv.SwedishLightStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Applies Lucene's {@link SwedishLightStemmer} until the word stops changing.
 *
 * <p>Why not {@code SwedishLightStemFilter} as it is: the light stemmer first drops a final
 * genitive "s" and then one suffix, so it is not idempotent for words whose base form ends in
 * "s". "sjukhus" becomes "sjukhu" while "sjukhusen" becomes "sjukhus", and the two never meet.
 * Stemming again until nothing changes sends both to "sjukhu" (and "Oskarshamns"/"oskarshamn"
 * to the same stem). Each pass only shortens the word, so this ends; the cap is a guard.
 */
final class StableSwedishStemFilter extends TokenFilter {

    private static final int MAX_PASSES = 4;

    private final SwedishLightStemmer stemmer = new SwedishLightStemmer();
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    StableSwedishStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            int length = term.length();
            for (int pass = 0; pass < MAX_PASSES; pass++) {
                int stemmed = stemmer.stem(term.buffer(), length);
                if (stemmed == length) {
                    break;
                }
                length = stemmed;
            }
            term.setLength(length);
        }
        return true;
    }
}
