package se.regionkarta.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

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
        return schema.validate(root).stream().map(DataSchema::located).distinct().toList();
    }

    private static Located located(Error error) {
        String where = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
        String message = error.getMessage();
        if (!message.startsWith(where)) {
            message = where + ": " + message;
        }
        return new Located(Entry.lineOf(error.getInstanceNode()), message);
    }

    /** A message with the line it concerns. */
    record Located(int line, String message) {
    }
}
