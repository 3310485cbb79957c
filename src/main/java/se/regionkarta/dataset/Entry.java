package se.regionkarta.dataset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.utils.JsonNodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;

/**
 * One mapping in a YAML data file, with typed access to its fields and the line it starts on.
 * The schema has already checked types and required fields; what is left to fail here (an
 * impossible date, say) throws {@link IllegalArgumentException}, which the loader reports with the line.
 */
final class Entry {

    private final JsonNode node;

    Entry(JsonNode node) {
        this.node = node;
    }

    /** Returns the 1-based line the entry starts on, or 0 when unknown. */
    int line() {
        return lineOf(node);
    }

    static int lineOf(JsonNode node) {
        JsonLocation location = node == null ? null : JsonNodes.tokenStreamLocationOf(node);
        return location == null ? 0 : location.getLineNr();
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    String text(String field) {
        if (!has(field)) {
            throw new IllegalArgumentException("'" + field + "' is missing");
        }
        return node.get(field).asText().strip();
    }

    String optText(String field) {
        return has(field) ? text(field) : null;
    }

    Integer optInt(String field) {
        return has(field) ? node.get(field).asInt() : null;
    }

    boolean flag(String field) {
        return has(field) && node.get(field).asBoolean();
    }

    PartialDate optDate(String field) {
        return has(field) ? PartialDate.parse(text(field)) : null;
    }

    /** Returns the {@code from}/{@code until} period of the entry. */
    Validity validity() {
        return new Validity(optDate("from"), optDate("until"));
    }

    <E extends Enum<E>> E optEnum(String field, Class<E> type) {
        return has(field) ? enumOf(text(field), type) : null;
    }

    <E extends Enum<E>> E enumField(String field, Class<E> type) {
        return enumOf(text(field), type);
    }

    /** Maps the data files' spelling ({@code health-centre}) to a Java constant ({@code HEALTH_CENTRE}). */
    static <E extends Enum<E>> E enumOf(String text, Class<E> type) {
        return Enum.valueOf(type, text.strip().replace('-', '_').toUpperCase(Locale.ROOT));
    }

    List<String> texts(String field) {
        List<String> out = new ArrayList<>();
        if (has(field)) {
            node.get(field).forEach(n -> out.add(n.asText().strip()));
        }
        return out;
    }

    List<Entry> list(String field) {
        List<Entry> out = new ArrayList<>();
        if (has(field)) {
            node.get(field).forEach(n -> out.add(new Entry(n)));
        }
        return out;
    }

    Entry child(String field) {
        return has(field) ? new Entry(node.get(field)) : null;
    }

    JsonNode node() {
        return node;
    }

    /** Returns the entry's sources, or {@code inherited} when it names none. */
    List<SourceRef> sources(List<SourceRef> inherited) {
        if (!has("sources")) {
            return inherited;
        }
        SourceRef.Basis basis = optEnum("basis", SourceRef.Basis.class);
        List<SourceRef> refs = new ArrayList<>();
        for (JsonNode ref : node.get("sources")) {
            if (ref.isObject()) {
                Entry e = new Entry(ref);
                refs.add(new SourceRef(e.text("source"), e.optText("at"), e.optEnum("basis", SourceRef.Basis.class)));
            } else {
                refs.add(parseRef(ref.asText(), basis));
            }
        }
        return refs;
    }

    List<SourceRef> sources() {
        return sources(List.of());
    }

    /** Parses {@code source-id} or {@code source-id#where}. */
    static SourceRef parseRef(String text, SourceRef.Basis basis) {
        String t = text.strip();
        int hash = t.indexOf('#');
        return hash < 0 ? new SourceRef(t, null, basis) : new SourceRef(t.substring(0, hash), t.substring(hash + 1), basis);
    }
}
