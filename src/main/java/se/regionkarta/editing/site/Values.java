package se.regionkarta.editing.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The values of a form's fields in a fact's record (as {@code Json.mapper().valueToTree} gives it),
 * and the JSON merge patch (RFC 7396) that turns one record into another: what a form sends to
 * {@code FactWrites.patch} is only what the person changed.
 */
final class Values {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Values() {
    }

    /** Returns a field's value in a record as the form shows it: empty when the record has none. */
    static String text(JsonNode record, String path) {
        JsonNode node = at(record, path);
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        if (node.isNumber()) {
            return node.isIntegralNumber() ? node.asText() : node.decimalValue().stripTrailingZeros().toPlainString();
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    static JsonNode at(JsonNode record, String path) {
        JsonNode node = record;
        for (String step : path.split("\\.")) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(step);
        }
        return node;
    }

    /**
     * Returns a copy of the record with the fields set as typed: a field typed as it was keeps its
     * node untouched (so 12 and 12.0 are no change), an emptied field loses its member, and a nested
     * object left empty by that (a location without a town) is removed with it.
     *
     * @param typed each field's text, already checked (numbers are numbers, days are days)
     */
    static ObjectNode with(JsonNode record, List<Field> fields, Map<String, String> typed) {
        ObjectNode after = record.deepCopy();
        for (Field f : fields) {
            String text = typed.getOrDefault(f.name(), "").strip();
            if (text.equals(text(record, f.path()))) {
                continue;
            }
            String[] steps = f.path().split("\\.");
            ObjectNode parent = after;
            for (int i = 0; i < steps.length - 1; i++) {
                JsonNode child = parent.get(steps[i]);
                parent = child != null && child.isObject() ? (ObjectNode) child : parent.putObject(steps[i]);
            }
            String last = steps[steps.length - 1];
            if (text.isEmpty()) {
                parent.remove(last);
            } else {
                parent.set(last, node(f, text));
            }
            if (steps.length > 1 && parent.isEmpty()) {
                JsonNode was = at(record, steps[0]);
                if (was == null || !was.isObject() || !was.isEmpty()) {
                    after.remove(steps[0]);
                }
            }
        }
        return after;
    }

    private static JsonNode node(Field f, String text) {
        return switch (f.input()) {
            case NUMBER -> NODES.numberNode(new BigDecimal(text.replace(',', '.').replace(" ", "")));
            case WHOLE -> NODES.numberNode(Integer.parseInt(text));
            default -> NODES.textNode(text);
        };
    }

    /** Returns the merge patch that makes {@code after} of {@code before}: changed members only, null for removed ones. */
    static ObjectNode diff(JsonNode before, JsonNode after) {
        ObjectNode patch = NODES.objectNode();
        for (Iterator<String> names = before.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!after.has(name)) {
                patch.putNull(name);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> members = after.fields(); members.hasNext(); ) {
            Map.Entry<String, JsonNode> m = members.next();
            JsonNode was = before.get(m.getKey());
            if (was == null) {
                patch.set(m.getKey(), m.getValue());
            } else if (!was.equals(m.getValue())) {
                patch.set(m.getKey(), was.isObject() && m.getValue().isObject() ? diff(was, m.getValue()) : m.getValue());
            }
        }
        return patch;
    }
}
