package se.regionkarta.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;
import se.regionkarta.provenance.model.Identified;

/** Gathers the facts read from data files, where each came from, and the problems met on the way. */
final class Collector {

    private final Dataset.Builder facts = new Dataset.Builder();
    private final Map<String, List<Problem>> origins = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> impliedLinks = new HashSet<>();

    /** Returns where the readers of one file put their facts. */
    SectionReader.Facts forFile(String file) {
        return new SectionReader.Facts() {
            @Override
            public void add(Identified fact, Entry from) {
                facts.add(fact);
                origins.computeIfAbsent(key(FactKind.of(fact), fact.id()), k -> new ArrayList<>())
                        .add(Problem.at(file, from.line(), ""));
            }

            @Override
            public void nested(FactKind section, Entry entry, Runnable read) {
                try {
                    read.run();
                } catch (BadInput e) {
                    refused(file, section, entry, e);
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

    /** Returns where the n-th fact with this id was read, as a problem without a message. */
    Problem origin(FactKind kind, String id, int occurrence) {
        List<Problem> places = origins.getOrDefault(key(kind, id), List.of());
        return occurrence < places.size() ? places.get(occurrence) : Problem.at("(unknown file)", 0, "");
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
