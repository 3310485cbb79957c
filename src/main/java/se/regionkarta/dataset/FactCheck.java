package se.regionkarta.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.DatasetRules;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.dataset.model.Violation;
import se.regionkarta.input.Problem;
import se.regionkarta.json.Json;
import se.regionkarta.politics.model.Appointment;
import se.regionkarta.politics.model.Person;
import se.regionkarta.provenance.model.Identified;
import se.regionkarta.registry.model.Unit;

/**
 * Checks facts written to the store one by one (issue 12) with the same rules as data files, so
 * that what the store holds can always be written back as data files and read again
 * ({@code export --format data}, then {@code load}):
 * <ol>
 *   <li>each fact written reads back the same from its data-file entry: the entry passes the schema,
 *       its section's reader takes it, and the record it gives equals the one written (an id the
 *       reader would derive otherwise, text with spaces at its ends, a value a CSV row cannot hold
 *       are found here);</li>
 *   <li>the whole registry after the write passes {@link DatasetRules};</li>
 *   <li>no unit's lifetime would be dated anew by the events, as the loader dates units written
 *       without dates (a unit an event closes must say so itself).</li>
 * </ol>
 * Every problem is returned; the field of each is named where the rule names one.
 */
public final class FactCheck {

    private static final ObjectMapper JSON = Json.mapper();

    private final DatasetLoader loader;

    /** @param loader reads entries with every feature's section reader ({@code SectionReaders.loader()}) */
    public FactCheck(DatasetLoader loader) {
        this.loader = loader;
    }

    /**
     * Returns every problem of the registry {@code after} a write of the {@code written} facts, each
     * placed in its data file by {@code fileOf}; empty when it may be stored. A problem the registry
     * already had {@code before} the write is not the write's and is not returned, so that one old
     * flaw does not block every edit. Each problem names its fact as {@code kind:id} in place of a file.
     */
    public List<Problem> check(Dataset after, Dataset before, List<? extends Identified> written,
            Function<Identified, String> fileOf) {
        List<Problem> problems = new ArrayList<>();
        for (Identified fact : written) {
            problems.addAll(readsBack(fact, after, fileOf));
        }
        java.util.Set<List<Object>> old = new java.util.HashSet<>();
        DatasetRules.check(before).forEach(v -> old.add(List.of(v.kind(), v.id(), String.valueOf(v.field()), v.message())));
        for (Violation v : DatasetRules.check(after)) {
            if (!old.contains(List.of(v.kind(), v.id(), String.valueOf(v.field()), v.message()))) {
                problems.add(new Problem(where(v.kind(), v.id()), 0, v.field(), name(v.kind(), v.id()) + ": " + v.message()));
            }
        }
        Dataset dated = EventDates.apply(after);
        if (dated != after) {
            List<Unit> stored = after.all(Unit.class);
            List<Unit> now = dated.all(Unit.class);
            for (int i = 0; i < stored.size(); i++) {
                if (!stored.get(i).equals(now.get(i))) {
                    problems.add(new Problem(where(FactKind.UNIT, stored.get(i).id()), 0, "until", name(FactKind.UNIT, stored.get(i).id())
                            + ": the events date its lifetime as " + now.get(i).validity()
                            + ", but it is stored as " + stored.get(i).validity() + "; write the dates the events give"));
                }
            }
        }
        return problems;
    }

    /** Writes one fact as its data file would hold it and reads it back; returns what went wrong. */
    private List<Problem> readsBack(Identified fact, Dataset after, Function<Identified, String> fileOf) {
        String file = fileOf.apply(fact);
        if (!DataFileWriter.fits(fact, file)) {
            return List.of(new Problem(where(fact), 0, "file", name(fact) + ": cannot be written to the data file " + file));
        }
        Dataset.Builder alone = new Dataset.Builder().add(fact);
        if (fact instanceof Appointment a) { // a role is written under its person
            Person person = after.all(Person.class).stream().filter(p -> p.id().equals(a.personId())).findFirst().orElse(null);
            if (person == null) {
                return List.of(new Problem(where(fact), 0, "personId", name(fact) + ": person '" + a.personId() + "' does not exist"));
            }
            alone.add(person);
        }
        Map<String, String> files;
        try {
            files = DataFileWriter.write(alone.build(), fileOf);
        } catch (IllegalArgumentException e) {
            return List.of(new Problem(where(fact), 0, null, name(fact) + ": " + e.getMessage()));
        }
        LoadResult back = loader.readEntries(files);
        List<Problem> problems = new ArrayList<>();
        for (Problem p : back.problems()) {
            problems.add(new Problem(where(fact), 0, p.field(), name(fact) + ": " + p.message()));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Identified read = back.dataset().all(FactKind.of(fact)).stream().filter(f -> f.id().equals(fact.id())).findFirst()
                .orElse(null);
        if (!fact.equals(read)) {
            problems.add(new Problem(where(fact), 0, null, name(fact) + ": would not read back the same from its data file ("
                    + (read == null ? "it is read with another id" : "it differs in " + String.join(", ", differences(fact, read)))
                    + "); give it as the data files would hold it"));
        }
        return problems;
    }

    /** Names the fields of two facts of one kind that differ, as their JSON names them. */
    private static List<String> differences(Identified a, Identified b) {
        JsonNode x = JSON.valueToTree(a);
        JsonNode y = JSON.valueToTree(b);
        List<String> out = new ArrayList<>();
        for (Iterator<String> names = x.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!Objects.equals(x.get(name), y.get(name))) {
                out.add(name);
            }
        }
        y.fieldNames().forEachRemaining(name -> {
            if (!x.has(name)) {
                out.add(name);
            }
        });
        return out.isEmpty() ? List.of("a value the JSON does not show") : out;
    }

    private static String where(Identified fact) {
        return where(FactKind.of(fact), fact.id());
    }

    /** Names a fact where a data file's problem names its file: {@code units:kalmar.hsf}. */
    private static String where(FactKind kind, String id) {
        return kind.section() + ":" + id;
    }

    private static String name(Identified fact) {
        return name(FactKind.of(fact), fact.id());
    }

    private static String name(FactKind kind, String id) {
        return kind + " '" + id + "'";
    }
}
