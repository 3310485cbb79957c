package se.regionkarta.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.dataset.model.Violation;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;
import se.regionkarta.provenance.model.Identified;

/**
 * Gathers the facts read from data files, the entry each was read from, what could not be read,
 * and the problems met on the way.
 */
final class Collector {

    private final Dataset.Builder facts = new Dataset.Builder();
    /** Where each fact was read, by kind and id, in reading order (a duplicate id has several). */
    private final Map<String, List<Origin>> origins = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> impliedLinks = new HashSet<>();
    private final Unread unread = new Unread();
    /** Entries the schema refused: reported already, and left out wherever a reader meets them. */
    private final Set<JsonNode> unsound = Collections.newSetFromMap(new IdentityHashMap<>());

    /** The file and entry a fact was read from. */
    private record Origin(String file, Entry entry) {
    }

    /** Returns where the readers of one file put their facts. */
    SectionReader.Facts forFile(String file) {
        return new SectionReader.Facts() {
            @Override
            public void add(Identified fact, Entry from) {
                facts.add(fact);
                origins.computeIfAbsent(key(FactKind.of(fact), fact.id()), k -> new ArrayList<>()).add(new Origin(file, from));
            }

            @Override
            public void nested(FactKind section, Entry entry, Runnable read) {
                if (isUnsound(entry.node())) {
                    unread.entry(section, entry.node());
                    return;
                }
                try {
                    read.run();
                } catch (BadInput e) {
                    refused(file, section, entry, e);
                } catch (IllegalArgumentException | java.time.DateTimeException e) {
                    refused(file, section, entry, entry.refuse(e.getMessage()));
                }
            }

            @Override
            public void impliedLink(String unitId) {
                impliedLinks.add(unitId);
            }
        };
    }

    /** Notes every problem of an entry that could not be read, each at its line, named by its section. */
    void refused(String file, FactKind section, Entry entry, BadInput e) {
        unread.entry(section, entry.node());
        for (Problem p : e.problems()) {
            Problem located = p.inFile(file).atLineIfUnknown(entry.line());
            problems.add(new Problem(located.file(), located.line(), null, section + ": " + withField(p)));
        }
    }

    private static String withField(Problem p) {
        return p.field() == null || p.message().contains("'" + p.field() + "'") ? p.message() : p.field() + ": " + p.message();
    }

    void problem(String file, int line, String message) {
        problems.add(Problem.at(file, line, message));
    }

    /** Marks an entry the schema refused, so that it is left out wherever it is met. */
    void unsound(JsonNode entry) {
        unsound.add(entry);
    }

    boolean isUnsound(JsonNode entry) {
        return unsound.contains(entry);
    }

    /** Returns what could not be read. */
    Unread unread() {
        return unread;
    }

    /**
     * Returns a violation as a problem at the line where the field it concerns is written, in the
     * file of the fact that breaks the rule; the message names the field if it does not already.
     */
    Problem problem(Violation v) {
        Origin origin = origin(v.kind(), v.id(), v.occurrence());
        if (origin == null) {
            return Problem.at("(all files)", 0, v.message());
        }
        String message = mentions(v.message(), v.field()) ? v.message() : v.field() + ": " + v.message();
        if (v.occurrence() > 0) {
            Origin first = origin(v.kind(), v.id(), 0);
            message += " (first at " + first.file() + ":" + first.entry().lineOf("id", null) + ")";
        }
        return Problem.at(origin.file(), origin.entry().lineOf(v.field(), v.value()), message);
    }

    /** Tells whether a message names a field, or one of the things it lists ("source" for sources). */
    private static boolean mentions(String message, String field) {
        if (field == null) {
            return true;
        }
        String one = field.endsWith("ies") ? field.substring(0, field.length() - 3) + "y"
                : field.endsWith("s") ? field.substring(0, field.length() - 1) : field;
        return message.contains(field) || message.contains(one);
    }

    private Origin origin(FactKind kind, String id, int occurrence) {
        List<Origin> places = origins.getOrDefault(key(kind, id), List.of());
        return occurrence < places.size() ? places.get(occurrence) : null;
    }

    /** Returns the file each fact was first read from, keyed {@code kind:id}. */
    Map<String, String> placement() {
        Map<String, String> out = new HashMap<>();
        origins.forEach((key, places) -> out.put(key, places.get(0).file()));
        return out;
    }

    Set<String> impliedLinks() {
        return impliedLinks;
    }

    List<Problem> problems() {
        return problems;
    }

    Dataset dataset() {
        return facts.build();
    }

    private static String key(FactKind kind, String id) {
        return kind.section() + ":" + id;
    }
}
