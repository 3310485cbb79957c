package se.regionkarta.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analyzers of one index, one per kind of field, used alike when indexing and when querying
 * (see docs/decisions/0008-search.md). Analyzers keep per-thread state, so a set belongs to one
 * index rather than to a static field.
 */
final class Analyzers {

    /** Words without stop words, stemmed: the name, label and text fields. */
    final Analyzer stemmed = new SwedishSearchAnalyzer(true, true, false);
    /** The same words unstemmed: prefixes and completions. */
    final Analyzer folded = new SwedishSearchAnalyzer(true, false, false);
    /** The 4- to 6-letter pieces of each word, so that parts of compounds match. */
    final Analyzer pieces = new SwedishSearchAnalyzer(true, false, true);
    /** Every word, stop words kept: the whole-name key. */
    final Analyzer keyed = new SwedishSearchAnalyzer(false, false, false);

    /** Returns the analyzer that indexes each field of {@link Fields}. */
    Analyzer perField() {
        return new PerFieldAnalyzerWrapper(stemmed, Map.of(Fields.NAME, stemmed, Fields.LABEL, stemmed,
                Fields.TEXT, stemmed, Fields.WORDS, folded, Fields.GRAMS, pieces));
    }

    /** Returns the terms an analyzer makes of a text, in order. */
    static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            // analysis reads from a String, so this cannot happen
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Returns the key of a name: its folded words joined by single spaces, punctuation dropped. */
    String key(String name) {
        return String.join(" ", terms(keyed, name));
    }

    /** Returns the stem of one folded word, as the {@link #stemmed} analyzer makes it. */
    String stem(String foldedWord) {
        List<String> stems = terms(stemmed, foldedWord);
        return stems.isEmpty() ? foldedWord : stems.get(0);
    }
}
