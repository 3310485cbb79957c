package se.regionkarta.dataset;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON Schema every YAML data file must satisfy (src/main/resources/schema/). */
final class DataSchema {

    static final String RESOURCE = "schema/regionkarta-data.schema.json";

    private final Schema schema;

    DataSchema() {
        try (InputStream in = DataSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the data schema " + RESOURCE + " is missing from the class path");
            }
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the schema errors of a parsed file, each with the line of the offending node. */
    List<Located> validate(JsonNode root) {
        Map<String, List<Error>> byPlace = new LinkedHashMap<>();
        for (Error error : schema.validate(root)) {
            byPlace.computeIfAbsent(place(error), k -> new ArrayList<>()).add(error);
        }
        List<Located> located = new ArrayList<>();
        byPlace.forEach((place, errors) -> {
            if (errors.stream().anyMatch(e -> "oneOf".equals(e.getKeyword()))) {
                located.add(noneOfTheForms(place, errors.get(0)));
            } else {
                errors.stream().map(DataSchema::located).distinct().forEach(located::add);
            }
        });
        return located;
    }

    /** Says in one message what a value that fits none of a field's forms should look like. */
    private static Located noneOfTheForms(String place, Error error) {
        JsonNode value = error.getInstanceNode();
        String hint = place.matches(".*/sources/\\d+$")
                ? "a source is written source-id or source-id#where; inside [ … ] a comma starts a new item, "
                        + "so quote a reference whose where-part has a comma"
                : "see docs/data-format.md for the forms this field takes";
        return new Located(Entry.lineOf(value), place + ": " + value + " is not valid here; " + hint, path(error));
    }

    /** Returns where in the file an error is, as field names and list positions from the top. */
    private static List<Object> path(Error error) {
        NodePath at = error.getInstanceLocation();
        List<Object> path = new ArrayList<>();
        for (int i = 0; at != null && i < at.getNameCount(); i++) {
            path.add(at.getElement(i));
        }
        return path;
    }

    private static String place(Error error) {
        return error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
    }

    private static Located located(Error error) {
        String where = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
        JsonNode value = error.getInstanceNode();
        if ("type".equals(error.getKeyword()) && isOverlongNumber(value)) {
            return new Located(Entry.lineOf(value), where + ": the number " + Numbers.shown(value.asText())
                    + " is out of range", path(error));
        }
        String message = error.getMessage();
        if (!message.startsWith(where)) {
            message = where + ": " + message;
        }
        return new Located(Entry.lineOf(error.getInstanceNode()), message, path(error));
    }

    /**
     * Tells whether a value is a number too long for the YAML parser, which then keeps it as text:
     * without this the schema would say "string found, integer expected" of what the editor wrote as a number.
     */
    private static boolean isOverlongNumber(JsonNode value) {
        return value != null && value.isTextual()
                && value.asText().length() > StreamReadConstraints.defaults().getMaxNumberLength()
                && Numbers.looksLikeYamlNumber(value.asText());
    }

    /**
     * A message with the line it concerns.
     *
     * @param path where the offending value is: field names and list positions from the top of the file
     */
    record Located(int line, String message, List<Object> path) {
    }
}
