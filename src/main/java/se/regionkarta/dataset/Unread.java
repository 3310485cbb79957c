package se.regionkarta.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.dataset.model.Premise;

/**
 * What the data files hold that could not be read: entries refused by the schema or by their
 * reader (with everything nested in them), and files or parts of files that could not be read at
 * all. The checks across files run on what was read; a violation whose {@link Premise} this may
 * make false (a reference to an id that is in an entry that failed, a total that lacks a failed
 * row) is only a consequence of that failure and is held back until the entry is fixed.
 *
 * <p>What is known of an entry is what it says: the ids it gives ({@code id:} anywhere in it, so
 * also those of the units nested in a unit) and every value it names. Of a file that could not be
 * parsed only the text is known, so an id is doubted wherever that text mentions it; of a file
 * that could not be read at all nothing is known, and every premise is doubted.
 */
final class Unread {

    /** The characters of an id; an id is mentioned in a text where it is not part of a longer word. */
    private static final String ID_CHARACTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";

    private final Map<FactKind, Set<String>> ids = new EnumMap<>(FactKind.class);
    private final Map<FactKind, Set<String>> named = new EnumMap<>(FactKind.class);
    /** Ids and values of entries whose kind is not known (a section the schema does not know). */
    private final Set<String> idsOfAnyKind = new HashSet<>();
    private final Set<String> namedOfAnyKind = new HashSet<>();
    private final List<String> texts = new ArrayList<>();
    private boolean unknown;

    /** Notes an entry of the given kind (null: not known) that could not be read. */
    void entry(FactKind kind, JsonNode node) {
        Set<String> entryIds = kind == null ? idsOfAnyKind : ids.computeIfAbsent(kind, k -> new HashSet<>());
        Set<String> entryNames = kind == null ? namedOfAnyKind : named.computeIfAbsent(kind, k -> new HashSet<>());
        collect(node, entryIds, entryNames);
    }

    /** Notes a text that could not be parsed (a file, a CSV row). */
    void text(String text) {
        texts.add(text);
    }

    /** Notes that something could not be read at all, so that nothing can be taken for granted. */
    void unknown() {
        unknown = true;
    }

    /** Tells whether what could not be read may make the premise false. */
    boolean doubts(Premise premise) {
        if (unknown) {
            return true;
        }
        Map<FactKind, Set<String>> byKind = premise.form() == Premise.Form.NO_SUCH ? ids : named;
        Set<String> ofAnyKind = premise.form() == Premise.Form.NO_SUCH ? idsOfAnyKind : namedOfAnyKind;
        boolean inEntries = premise.kind() == null
                ? byKind.values().stream().anyMatch(s -> s.contains(premise.id()))
                : byKind.getOrDefault(premise.kind(), Set.of()).contains(premise.id());
        return inEntries || ofAnyKind.contains(premise.id()) || texts.stream().anyMatch(t -> mentions(t, premise.id()));
    }

    private static void collect(JsonNode node, Set<String> ids, Set<String> names) {
        if (node.isValueNode()) {
            String text = node.asText().strip();
            names.add(text);
            int hash = text.indexOf('#');
            if (hash > 0) {
                names.add(text.substring(0, hash)); // a source reference: source-id#where
            }
            return;
        }
        node.fields().forEachRemaining(field -> {
            names.add(field.getKey()); // the parties of a seat count are keys
            if (field.getKey().equals("id") && field.getValue().isValueNode()) {
                ids.add(field.getValue().asText().strip());
            }
        });
        node.forEach(child -> collect(child, ids, names));
    }

    /** Tells whether a text mentions an id as a word of its own (kalmar in "parent: kalmar", not in "kalmar.hsf"). */
    static boolean mentions(String text, String id) {
        if (id.isEmpty()) {
            return false;
        }
        for (int at = text.indexOf(id); at >= 0; at = text.indexOf(id, at + 1)) {
            int end = at + id.length();
            boolean startsWord = at == 0 || ID_CHARACTERS.indexOf(text.charAt(at - 1)) < 0;
            boolean endsWord = end == text.length() || ID_CHARACTERS.indexOf(text.charAt(end)) < 0;
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }
}
