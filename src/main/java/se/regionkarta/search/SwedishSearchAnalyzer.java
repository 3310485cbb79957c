package se.regionkarta.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

/**
 * Swedish text analysis for search: words, lower-cased and folded (å→a, ä→a, ö→o, é→e), then
 * optionally without stop words, stemmed, or cut into pieces.
 *
 * <p>Why not Lucene's {@link SwedishAnalyzer}: it does not fold, so "vastervik" would not find
 * "Västervik", and folding must come before stemming so that both spellings stem alike.
 */
final class SwedishSearchAnalyzer extends Analyzer {

    static final int MIN_GRAM = 4;
    static final int MAX_GRAM = 6;

    /** Keeps the words of one value out of phrase reach of the next value of the same field. */
    private static final int VALUE_GAP = 100;

    /**
     * The Swedish stop words, also as typed without diacritics ("for" for "för", "pa" for "på"),
     * because folding runs before the stop filter.
     */
    private static final CharArraySet STOP_WORDS = foldedStopWords();

    private final boolean dropStopWords;
    private final boolean stem;
    private final boolean pieces;

    /**
     * @param dropStopWords leave out "och", "i", "för" and the like
     * @param stem reduce words to their stems ("sjukhusen" → "sjukhu")
     * @param pieces emit the 4- to 6-letter pieces of each word instead of the word
     */
    SwedishSearchAnalyzer(boolean dropStopWords, boolean stem, boolean pieces) {
        this.dropStopWords = dropStopWords;
        this.stem = stem;
        this.pieces = pieces;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
        if (dropStopWords) {
            stream = new StopFilter(stream, STOP_WORDS);
        }
        if (stem) {
            stream = new StableSwedishStemFilter(stream);
        }
        if (pieces) {
            stream = new NGramTokenFilter(stream, MIN_GRAM, MAX_GRAM, false);
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return VALUE_GAP;
    }

    private static CharArraySet foldedStopWords() {
        CharArraySet words = new CharArraySet(SwedishAnalyzer.getDefaultStopSet(), false);
        for (Object word : SwedishAnalyzer.getDefaultStopSet()) {
            char[] chars = (char[]) word;
            char[] folded = new char[chars.length * 4];
            int length = ASCIIFoldingFilter.foldToASCII(chars, 0, folded, 0, chars.length);
            words.add(new String(folded, 0, length));
        }
        return CharArraySet.unmodifiableSet(words);
    }
}
