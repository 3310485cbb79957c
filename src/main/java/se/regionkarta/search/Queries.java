package se.regionkarta.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds Lucene queries from what a person typed, without any query syntax: the text is only
 * ever split into words by the analyzers, so "Kalmar OR", "AND", quotes and "*" are plain words
 * or nothing (see pitfall P4 in the stack notes, which this avoids rather than escapes).
 *
 * <p>Each word must match (when nothing matches all words, {@link #anyWord} relaxes that). The
 * ways it can match, strongest first: the whole name typed exactly, the name starting with the
 * text, a phrase of the name, a word of a name, the kind label, a name's word starting with the
 * typed word, a piece of a compound name, a misspelt word of a name, a word of other text. The
 * weights are below; docs/decisions/0008-search.md says why.
 */
final class Queries {

    /** Longer input is cut: nobody types more, and it bounds the number of clauses. */
    static final int MAX_CHARS = 200;
    static final int MAX_WORDS = 8;
    /** At most this many 6-letter pieces of a long word are required (spread over the word). */
    private static final int MAX_GRAMS_PER_WORD = 8;
    private static final int MAX_FUZZY_EXPANSIONS = 20;
    /** A finished word shorter than this is not read as the start of a compound: "bar" is not "barn…". */
    private static final int MIN_COMPOUND_HEAD = 4;

    private static final float EXACT_NAME = 40f;
    private static final float NAME_STARTS_WITH = 8f;
    private static final float PHRASE = 6f;
    private static final float NAME_WORD = 4f;
    private static final float LABEL_WORD = 2.5f;
    private static final float TEXT_WORD = 1f;
    private static final float WORD_PREFIX = 2f;
    private static final float FUZZY = 1f;
    private static final float COMPOUND_PART = 1.5f;

    private final Analyzers analyzers;

    Queries(Analyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** Returns the query for a search, or empty if the text holds no word to look for. */
    Optional<Query> allWords(String typed) {
        return search(typed, Occur.MUST);
    }

    /** Returns the same query with only one of the words required. */
    Optional<Query> anyWord(String typed) {
        return search(typed, Occur.SHOULD);
    }

    /**
     * Returns the query for completions: names whose words start with the typed words, the last
     * one possibly unfinished; names that start with the whole text come first.
     */
    Optional<Query> completions(String typed) {
        String text = clip(typed);
        List<String> words = words(text);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean last = i == words.size() - 1;
            Query match = last
                    ? new PrefixQuery(new Term(Fields.WORDS, word))
                    : new TermQuery(new Term(Fields.WORDS, word));
            query.add(new ConstantScoreQuery(match), Occur.MUST);
            // scored so that, among equal matches, shorter names (higher BM25) come first
            query.add(new TermQuery(new Term(Fields.WORDS, word)), Occur.SHOULD);
        }
        wholeName(query, analyzers.key(text), 1);
        return Optional.of(query.build());
    }

    private Optional<Query> search(String typed, Occur eachWord) {
        String text = clip(typed);
        List<String> words = words(text);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        List<String> stems = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String stem = analyzers.stem(words.get(i));
            stems.add(stem);
            query.add(word(words.get(i), stem, i == words.size() - 1), eachWord);
        }
        wholeName(query, analyzers.key(text), 2);
        if (stems.size() > 1) {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(2);
            stems.forEach(s -> phrase.add(new Term(Fields.NAME, s)));
            query.add(new BoostQuery(phrase.build(), PHRASE), Occur.SHOULD);
        }
        return Optional.of(query.build());
    }

    /** Returns the ways one typed word (folded, unstemmed) may match. */
    private Query word(String word, String stem, boolean last) {
        BooleanQuery.Builder ways = new BooleanQuery.Builder();
        ways.add(new BoostQuery(new TermQuery(new Term(Fields.NAME, stem)), NAME_WORD), Occur.SHOULD);
        ways.add(new BoostQuery(new TermQuery(new Term(Fields.LABEL, stem)), LABEL_WORD), Occur.SHOULD);
        ways.add(new BoostQuery(new TermQuery(new Term(Fields.TEXT, stem)), TEXT_WORD), Occur.SHOULD);
        if (word.length() >= (last ? 2 : MIN_COMPOUND_HEAD)) {
            // search as you type: the last word may be unfinished ("primärv", "psyk"); any other
            // word may be the first part of a compound ("psykiatri kalmar" → Psykiatriförvaltningen)
            ways.add(new BoostQuery(new PrefixQuery(new Term(Fields.WORDS, word)), WORD_PREFIX), Occur.SHOULD);
        }
        int edits = maxEdits(word.length());
        if (edits > 0) {
            // the first letter is rarely the misspelt one, and fixing it keeps the query fast at scale
            ways.add(new BoostQuery(new FuzzyQuery(new Term(Fields.NAME, stem), edits, 1, MAX_FUZZY_EXPANSIONS, true),
                    FUZZY), Occur.SHOULD);
        }
        compoundPart(stem).ifPresent(q -> ways.add(new BoostQuery(q, COMPOUND_PART), Occur.SHOULD));
        return ways.build();
    }

    /** Allows no typo in a word of up to 3 letters, one up to 7, two beyond. */
    static int maxEdits(int length) {
        if (length <= 3) {
            return 0;
        }
        return length <= 7 ? 1 : 2;
    }

    /**
     * Matches a word inside a compound name ("buss" in "Tandvårdsbuss", "sjukhus" in
     * "Länssjukhuset") through the 4- to 6-letter pieces indexed for every name: a short word is
     * itself a piece; a longer one needs its 6-letter pieces to all be there.
     */
    private Optional<Query> compoundPart(String stem) {
        int length = stem.length();
        if (length < SwedishSearchAnalyzer.MIN_GRAM) {
            return Optional.empty();
        }
        if (length <= SwedishSearchAnalyzer.MAX_GRAM) {
            return Optional.of(new ConstantScoreQuery(new TermQuery(new Term(Fields.GRAMS, stem))));
        }
        int pieces = length - SwedishSearchAnalyzer.MAX_GRAM + 1;
        int wanted = Math.min(pieces, MAX_GRAMS_PER_WORD);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int i = 0; i < wanted; i++) {
            int start = wanted == 1 ? 0 : Math.round(i * (pieces - 1) / (float) (wanted - 1));
            all.add(new TermQuery(new Term(Fields.GRAMS, stem.substring(start, start + SwedishSearchAnalyzer.MAX_GRAM))), Occur.FILTER);
        }
        return Optional.of(new ConstantScoreQuery(all.build()));
    }

    /**
     * Adds the boosts for a name that is exactly, or starts with, the whole typed text; the latter
     * only from {@code minPrefix} letters on, since one letter says little in a search but is how
     * completions start.
     */
    private static void wholeName(BooleanQuery.Builder query, String key, int minPrefix) {
        if (key.isEmpty()) {
            return;
        }
        query.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Fields.KEY, key))), EXACT_NAME),
                Occur.SHOULD);
        if (key.length() >= minPrefix) {
            query.add(new BoostQuery(new PrefixQuery(new Term(Fields.KEY, key)), NAME_STARTS_WITH), Occur.SHOULD);
        }
    }

    /** Returns the folded, unstemmed words to look for, stop words left out. */
    private List<String> words(String text) {
        List<String> words = Analyzers.terms(analyzers.folded, text);
        return words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words;
    }

    /** Cuts the text to {@link #MAX_CHARS}, never inside a surrogate pair. */
    static String clip(String typed) {
        if (typed == null) {
            return "";
        }
        if (typed.length() <= MAX_CHARS) {
            return typed;
        }
        int end = Character.isHighSurrogate(typed.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return typed.substring(0, end);
    }
}
