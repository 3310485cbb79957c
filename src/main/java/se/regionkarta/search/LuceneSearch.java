package se.regionkarta.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import se.regionkarta.snapshot.Snapshot;

/**
 * Searches the in-memory Lucene index of one snapshot. Immutable and safe to share between
 * threads: the searcher is opened once when the snapshot is published.
 */
final class LuceneSearch implements Search {

    /**
     * No page shows more hits than this; a larger limit is cut to it, so that a caller's
     * {@code Integer.MAX_VALUE} cannot allocate a queue of that size.
     */
    static final int MAX_HITS = 1000;

    /** Best score first; equal scores by title, then id, so that the order never depends on luck. */
    private static final Sort ORDER = new Sort(SortField.FIELD_SCORE,
            new SortField(Fields.TITLE_ORDER, SortField.Type.STRING),
            new SortField(Fields.ID_ORDER, SortField.Type.STRING));

    private final IndexSearcher searcher;
    private final Queries queries;

    private LuceneSearch(IndexSearcher searcher, Queries queries) {
        this.searcher = searcher;
        this.queries = queries;
    }

    static LuceneSearch build(Snapshot snapshot, java.time.LocalDate today) {
        Analyzers analyzers = new Analyzers();
        return new LuceneSearch(InMemoryIndex.build(snapshot, today, analyzers), new Queries(analyzers));
    }

    @Override
    public SearchResult search(String query, int limit) {
        String shown = query == null ? "" : query;
        if (limit <= 0) {
            return SearchResult.empty(shown);
        }
        Optional<Query> allWords = queries.allWords(shown);
        if (allWords.isEmpty()) {
            return SearchResult.empty(shown);
        }
        TopFieldDocs top = run(allWords.get(), limit);
        if (top.totalHits.value == 0) {
            // a stray word ("Kalmar OR", a word found nowhere) should not hide what the others find
            top = run(queries.anyWord(shown).orElseThrow(), limit);
        }
        return new SearchResult(shown, grouped(hits(top)), (int) Math.min(Integer.MAX_VALUE, top.totalHits.value));
    }

    @Override
    public List<SearchHit> suggest(String prefix, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return queries.completions(prefix).map(q -> hits(run(q, limit))).orElse(List.of());
    }

    /** Counts every match (the result's total) and keeps the best {@code limit}. */
    private TopFieldDocs run(Query query, int limit) {
        int wanted = Math.min(Math.min(limit, MAX_HITS), Math.max(1, searcher.getIndexReader().maxDoc()));
        try {
            return searcher.search(query, new TopFieldCollectorManager(ORDER, wanted, null, Integer.MAX_VALUE));
        } catch (IOException e) {
            // the index is on the heap; reading it does no I/O
            throw new UncheckedIOException(e);
        }
    }

    private List<SearchHit> hits(TopFieldDocs top) {
        try {
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc scoreDoc : top.scoreDocs) {
                Document doc = stored.document(scoreDoc.doc);
                hits.add(new SearchHit(doc.get(Fields.KIND), doc.get(Fields.ID), doc.get(Fields.TITLE),
                        doc.get(Fields.SUBTITLE), score(scoreDoc)));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The score is the first sort value; Lucene fills {@code ScoreDoc.score} only on request. */
    private static float score(ScoreDoc scoreDoc) {
        return scoreDoc instanceof FieldDoc fieldDoc && fieldDoc.fields[0] instanceof Float f ? f : scoreDoc.score;
    }

    /**
     * Groups hits by kind. The hits arrive in {@link #ORDER}, so the first hit of a kind is its
     * best, groups appear in the order of their best hits, and each group stays in order.
     */
    static Map<String, List<SearchHit>> grouped(List<SearchHit> ordered) {
        Map<String, List<SearchHit>> groups = new LinkedHashMap<>();
        Function<String, List<SearchHit>> newGroup = k -> new ArrayList<>();
        for (SearchHit hit : ordered) {
            groups.computeIfAbsent(hit.kind(), newGroup).add(hit);
        }
        groups.replaceAll((kind, hits) -> List.copyOf(hits));
        return groups;
    }
}
