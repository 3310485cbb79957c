package se.regionkarta.editing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;

/**
 * The body of a write, split into what concerns the fact and what concerns the write: the two
 * reserved members {@code _source} (required) and {@code _comment} (optional) are not part of any
 * fact; any other member starting with an underscore is refused rather than silently stored.
 *
 * @param fact the body without the reserved members: a merge patch, or a whole new fact
 * @param source the source the write cites; null when the body names none usable (see problems)
 * @param problems what is wrong with the write's own members, for the caller to report together
 *     with what is wrong with the fact
 */
public record WriteBody(JsonNode fact, SourceChoice source, String comment, List<Problem> problems) {

    /** The member of a write's body that carries the writer's comment. */
    public static final String COMMENT = "_comment";
    private static final int LONGEST_COMMENT = 4000;

    /** Splits a body; a missing or malformed source and unknown reserved members are its problems. */
    public static WriteBody of(JsonNode body, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        ObjectNode fact = ((ObjectNode) body).deepCopy();
        JsonNode source = fact.remove(SourceChoice.MEMBER);
        JsonNode comment = fact.remove(COMMENT);
        for (Iterator<String> names = fact.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.startsWith("_")) {
                problems.add(Problem.inField(name, "is not a member of a write; the reserved members are "
                        + SourceChoice.MEMBER + " and " + COMMENT));
            }
        }
        SourceChoice choice = null;
        try {
            choice = source(source, today);
        } catch (BadInput bad) {
            problems.addAll(bad.problems());
        }
        if (comment != null && !comment.isNull() && !comment.isTextual()) {
            problems.add(Problem.inField(COMMENT, "must be text"));
        } else if (comment != null && comment.asText().length() > LONGEST_COMMENT) {
            problems.add(Problem.inField(COMMENT, "is longer than " + LONGEST_COMMENT + " characters"));
        }
        String text = comment == null || comment.isNull() || comment.asText().isBlank() ? null : comment.asText().strip();
        return new WriteBody(fact, choice, text, List.copyOf(problems));
    }

    private static SourceChoice source(JsonNode source, LocalDate today) {
        if (source == null || source.isNull()) {
            throw BadInput.field(SourceChoice.MEMBER, "every write names its source: the id of a source in the registry, "
                    + "or an object with title, url, publisher and date");
        }
        if (source.isTextual() && !source.asText().isBlank()) {
            return SourceChoice.existing(source.asText().strip());
        }
        if (!source.isObject()) {
            throw BadInput.field(SourceChoice.MEMBER, "must be a source id or an object with title, url, publisher and date");
        }
        for (Iterator<String> names = source.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!List.of("title", "url", "publisher", "date", "kind").contains(name)) {
                throw BadInput.field(SourceChoice.MEMBER + "." + name, "is not a member of a source; use title, url, publisher, date and kind");
            }
        }
        return SourceChoice.described(text(source, "title"), text(source, "url"), text(source, "publisher"), text(source, "date"),
                text(source, "kind"), today);
    }

    private static String text(JsonNode object, String member) {
        JsonNode value = object.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw BadInput.field(SourceChoice.MEMBER + "." + member, "must be text");
        }
        return value.asText();
    }
}
