package se.regionkarta.dataset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.utils.JsonNodes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;

/**
 * One entry of a data file, a YAML mapping or a CSV row, with typed access to its fields and the
 * lines they are written on. The schema has already checked the YAML's shape; a value that is
 * still wrong (an impossible date, an unknown kind) throws {@link BadInput} naming the field and
 * the line of its value, so that the editor is led to the very place.
 */
public final class Entry {

    private final JsonNode node;
    /** The line of a CSV row, whose cells carry no position of their own; 0 for YAML. */
    private final int rowLine;

    Entry(JsonNode node) {
        this(node, 0);
    }

    private Entry(JsonNode node, int rowLine) {
        this.node = node;
        this.rowLine = rowLine;
    }

    /** Returns a CSV row as an entry: the non-empty cells, as text, at the row's line. */
    static Entry ofRow(Map<String, String> cells, int line) {
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        cells.forEach((column, value) -> {
            if (value != null && !value.isBlank()) {
                row.put(column, value.strip());
            }
        });
        return new Entry(row, line);
    }

    /** Returns the 1-based line the entry starts on, or 0 when unknown. */
    public int line() {
        return rowLine > 0 ? rowLine : lineOf(node);
    }

    /** Returns the line a field's value is written on, or the entry's line when the field is absent. */
    public int lineOf(String field) {
        int line = rowLine > 0 ? 0 : lineOf(node.get(field));
        return line > 0 ? line : line();
    }

    /**
     * Returns the line where a field holds a value: the element of a list, or the key of a mapping,
     * that is the value (a source is found by its id also as {@code id#where} and {@code {source: id}}),
     * else the field's own line. A field named in the singular is also found written as a list in
     * the plural ({@code parent} as {@code parents:}). The entry's line when the field is not written
     * (a parent implied by nesting) and for a CSV row, whose cells carry no line of their own.
     *
     * @param field the field, or null for the entry as a whole
     * @param value the value sought within the field, or null
     */
    int lineOf(String field, String value) {
        if (rowLine > 0 || field == null) {
            return line();
        }
        JsonNode written = node.has(field) ? node.get(field) : node.get(field + "s");
        if (written == null) {
            return line();
        }
        JsonNode at = value == null ? null : find(written, value);
        int line = lineOf(at != null ? at : written);
        return line > 0 ? line : line();
    }

    /** Returns the node within a field's value that is (or holds) the value, or null. */
    private static JsonNode find(JsonNode written, String value) {
        if (written.isObject() && written.has(value)) {
            return written.get(value); // a key, as the parties of a seat count
        }
        for (JsonNode item : written) {
            if (holds(item, value)) {
                return item;
            }
            for (JsonNode part : item) { // an element written as a mapping: {parent: x, from: …}
                if (holds(part, value)) {
                    return part;
                }
            }
        }
        return holds(written, value) ? written : null;
    }

    private static boolean holds(JsonNode node, String value) {
        if (!node.isValueNode()) {
            return false;
        }
        String text = node.asText().strip();
        return text.equals(value) || text.startsWith(value + "#");
    }

    /** Returns the mapping (or value) the entry was read from. */
    JsonNode node() {
        return node;
    }

    static int lineOf(JsonNode node) {
        JsonLocation location = node == null ? null : JsonNodes.tokenStreamLocationOf(node);
        return location == null ? 0 : location.getLineNr();
    }

    /** Returns a refusal of one field's value, at the line it is written on. */
    public BadInput refuse(String field, String message) {
        return new BadInput(new Problem(null, lineOf(field), field, message));
    }

    /** Returns a refusal of the entry as a whole, at its first line. */
    public BadInput refuse(String message) {
        return new BadInput(new Problem(null, line(), null, message));
    }

    public boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    public String text(String field) {
        if (!has(field)) {
            throw refuse(field, "'" + field + "' is missing");
        }
        return node.get(field).asText().strip();
    }

    public String optText(String field) {
        return has(field) ? text(field) : null;
    }

    /** Returns a whole number; a CSV cell is text and must be written in digits. */
    public Integer optInt(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        String text = value.asText().strip();
        if (!value.isNumber() && text.matches("-?\\d{1,9}")) {
            return Integer.valueOf(text);
        }
        throw refuse(field, "'" + field + "' must be a whole number below a billion, got '" + shown(text) + "'");
    }

    public int intField(String field) {
        if (!has(field)) {
            throw refuse(field, "'" + field + "' is missing");
        }
        return optInt(field);
    }

    /** Returns a plain decimal number such as 654000 or 4.5, of at most 15 digits ({@link Numbers}). */
    public BigDecimal optNumber(String field) {
        if (!has(field)) {
            return null;
        }
        String text = text(field);
        BigDecimal number;
        try {
            number = Numbers.figure(text);
        } catch (NumberFormatException e) {
            throw refuse(field, "'" + field + "' must be a plain number such as 654000 or 4.5, got '" + shown(text) + "'");
        }
        if (number == null) {
            throw refuse(field, "'" + field + "' is out of range: a figure has at most " + Numbers.MAX_DIGITS
                    + " digits (such as 654000 or 4.5), got '" + shown(text) + "'");
        }
        return number;
    }

    private static String shown(String text) {
        return Numbers.shown(text);
    }

    public boolean flag(String field) {
        return has(field) && (node.get(field).isBoolean() ? node.get(field).asBoolean()
                : "true".equalsIgnoreCase(node.get(field).asText().strip()));
    }

    public PartialDate optDate(String field) {
        if (!has(field)) {
            return null;
        }
        try {
            return PartialDate.parse(text(field));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw refuse(field, "'" + field + "': " + e.getMessage());
        }
    }

    public java.time.LocalDate date(String field) {
        PartialDate date = optDate(field);
        if (date == null) {
            throw refuse(field, "'" + field + "' is missing");
        }
        if (date.precision() != PartialDate.Precision.DAY) {
            throw refuse(field, "'" + field + "' must be a whole date YYYY-MM-DD, got " + date);
        }
        return date.firstDay();
    }

    /** Returns the {@code from}/{@code until} period of the entry. */
    public Validity validity() {
        PartialDate from = optDate("from");
        PartialDate until = optDate("until");
        if (from != null && until != null && from.firstDay().isAfter(until.lastDay())) {
            throw refuse("until", "the period ends (" + until + ") before it starts (" + from + ")");
        }
        return new Validity(from, until);
    }

    public <E extends Enum<E>> E optEnum(String field, Class<E> type) {
        return has(field) ? enumField(field, type) : null;
    }

    public <E extends Enum<E>> E enumField(String field, Class<E> type) {
        String text = text(field);
        try {
            return enumOf(text, type);
        } catch (IllegalArgumentException e) {
            throw refuse(field, "'" + field + "' cannot be '" + text + "'; it is one of " + spellings(type));
        }
    }

    /** Maps the data files' spelling ({@code health-centre}) to a Java constant ({@code HEALTH_CENTRE}). */
    public static <E extends Enum<E>> E enumOf(String text, Class<E> type) {
        return Enum.valueOf(type, text.strip().replace('-', '_').toUpperCase(Locale.ROOT));
    }

    /** Returns the list of texts in a field, each turned into a value by {@code read}. */
    public <E extends Enum<E>> List<E> enums(String field, Class<E> type) {
        List<E> out = new ArrayList<>();
        for (String text : texts(field)) {
            try {
                out.add(enumOf(text, type));
            } catch (IllegalArgumentException e) {
                throw refuse(field, "'" + field + "' cannot hold '" + text + "'; it holds " + spellings(type));
            }
        }
        return out;
    }

    private static String spellings(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", "));
    }

    public List<String> texts(String field) {
        List<String> out = new ArrayList<>();
        if (has(field)) {
            node.get(field).forEach(n -> out.add(n.asText().strip()));
        }
        return out;
    }

    /** Returns the entries nested in a field (a list of mappings). */
    public List<Entry> list(String field) {
        List<Entry> out = new ArrayList<>();
        if (has(field)) {
            node.get(field).forEach(n -> out.add(new Entry(n, rowLine)));
        }
        return out;
    }

    /** Returns the mapping in a field as an entry, or null when absent. */
    public Entry child(String field) {
        return has(field) ? new Entry(node.get(field), rowLine) : null;
    }

    /** Returns the fields of a mapping with their values as text, in the order written. */
    public Map<String, String> pairs() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        node.fields().forEachRemaining(f -> out.put(f.getKey(), f.getValue().asText().strip()));
        return out;
    }

    /** Tells whether the entry is a bare text (a list item written as a string), and not a mapping. */
    public boolean isText() {
        return node.isTextual();
    }

    /** Returns the entry's own text, when it {@link #isText is one}. */
    public String asText() {
        return node.asText().strip();
    }

    /**
     * Returns the entry's sources, or {@code inherited} when it names none. In YAML a list of
     * {@code source-id#where} texts or mappings; in a CSV row one cell of references separated by
     * semicolons, all sharing the row's {@code basis}.
     */
    public List<SourceRef> sources(List<SourceRef> inherited) {
        if (!has("sources")) {
            return inherited;
        }
        SourceRef.Basis basis = optEnum("basis", SourceRef.Basis.class);
        List<SourceRef> refs = new ArrayList<>();
        JsonNode sources = node.get("sources");
        if (sources.isTextual()) {
            for (String part : sources.asText().split(";")) {
                if (!part.isBlank()) {
                    refs.add(parseRef(part, basis));
                }
            }
            return refs;
        }
        for (JsonNode ref : sources) {
            if (ref.isObject()) {
                Entry e = new Entry(ref, rowLine);
                refs.add(new SourceRef(e.text("source"), e.optText("at"), e.optEnum("basis", SourceRef.Basis.class)));
            } else {
                refs.add(parseRef(ref.asText(), basis));
            }
        }
        return refs;
    }

    public List<SourceRef> sources() {
        return sources(List.of());
    }

    /** Parses {@code source-id} or {@code source-id#where}. */
    static SourceRef parseRef(String text, SourceRef.Basis basis) {
        String t = text.strip();
        int hash = t.indexOf('#');
        return hash < 0 ? new SourceRef(t, null, basis) : new SourceRef(t.substring(0, hash), t.substring(hash + 1), basis);
    }
}
