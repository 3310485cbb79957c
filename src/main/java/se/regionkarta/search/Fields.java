package se.regionkarta.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/** The fields of an index document, and how an {@link Entry} becomes one. */
final class Fields {

    /** Stored: what a hit shows. */
    static final String KIND = "kind";
    static final String ID = "id";
    static final String TITLE = "title";
    static final String SUBTITLE = "subtitle";
    /** Doc values that break ties between equal scores: title, then id. */
    static final String TITLE_ORDER = "title_order";
    static final String ID_ORDER = "id_order";
    /** Searched: names stemmed, names unstemmed, pieces of names, whole names, other text. */
    static final String NAME = "name";
    static final String WORDS = "words";
    static final String GRAMS = "grams";
    static final String KEY = "key";
    /** Searched: the Swedish kind label ("sjukhus", "förvaltning"), weighing between name and text. */
    static final String LABEL = "label";
    static final String TEXT = "text";

    private Fields() {
    }

    static Document document(Entry entry, Analyzers analyzers) {
        Document doc = new Document();
        doc.add(new StoredField(KIND, entry.kind()));
        doc.add(new StringField(ID, entry.id(), Field.Store.YES));
        doc.add(new StoredField(TITLE, entry.title()));
        doc.add(new StoredField(SUBTITLE, entry.subtitle()));
        doc.add(new TextField(LABEL, entry.label(), Field.Store.NO));
        doc.add(new SortedDocValuesField(TITLE_ORDER, new BytesRef(entry.title())));
        doc.add(new SortedDocValuesField(ID_ORDER, new BytesRef(entry.id())));
        for (String name : entry.names()) {
            doc.add(new TextField(NAME, name, Field.Store.NO));
            doc.add(new TextField(WORDS, name, Field.Store.NO));
            doc.add(new TextField(GRAMS, name, Field.Store.NO));
            doc.add(new StringField(KEY, analyzers.key(name), Field.Store.NO));
        }
        for (String text : entry.texts()) {
            doc.add(new TextField(TEXT, text, Field.Store.NO));
        }
        return doc;
    }
}
