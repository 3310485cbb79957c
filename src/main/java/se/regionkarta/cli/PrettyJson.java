package se.regionkarta.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import se.regionkarta.json.Json;

/** Writes a report as indented JSON, for the commands' {@code --format json}. */
public final class PrettyJson {

    private PrettyJson() {
    }

    public static String of(Object report) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report cannot be written as JSON", e);
        }
    }
}
