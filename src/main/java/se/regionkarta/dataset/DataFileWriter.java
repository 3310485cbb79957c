package se.regionkarta.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.figures.model.KeyFigure;
import se.regionkarta.politics.model.Appointment;
import se.regionkarta.politics.model.Person;
import se.regionkarta.politics.model.SeatCount;
import se.regionkarta.provenance.model.Claim;
import se.regionkarta.provenance.model.Fact;
import se.regionkarta.provenance.model.Identified;
import se.regionkarta.provenance.model.SourceRef;

/**
 * Writes a dataset back as data files (docs/data-format.md): YAML for every kind, CSV for key
 * figures and seats where their file is a CSV file. Each fact goes to the file it is placed in (the
 * file it was read from, as the store keeps it), so a store loaded from {@code data/} is written back
 * in the same files; reading the files gives the same facts in the same order ({@link #arrange}),
 * which the round-trip test checks for the whole bundled data set.
 *
 * <p>Order within a kind is the loader's: files in the order of their paths, entries in the order
 * written. An appointment is written as a role of its person, so it lies in its person's file.
 */
public final class DataFileWriter {

    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build());
    private static final String[] FIGURE_COLUMNS = {"id", "unit", "metric", "value", "upper_value", "qualifier", "period",
        "as_of", "part_of", "category", "preferred", "reason", "note", "sources", "basis"};
    private static final String[] SEAT_COLUMNS = {"body", "term", "party", "seats", "sources", "basis"};

    private DataFileWriter() {
    }

    /**
     * Returns the file a fact is placed in when nothing else says where: one file per kind at the
     * top of the directory ({@code units.yaml}, {@code figures.csv}), which keeps any order.
     */
    public static String flatFile(Identified fact) {
        FactKind kind = FactKind.of(fact);
        String csv = kind.section() + ".csv";
        return (kind == FactKind.FIGURE || kind == FactKind.SEAT) && fits(fact, csv) ? csv : kind.section() + ".yaml";
    }

    /**
     * Returns the file a new fact of a region (null: a national one) is placed in when no fact of its
     * kind and region has a file yet: {@code regions/<region>/<feature>} or {@code national/<feature>},
     * CSV for figures and seats that a CSV row can hold.
     */
    public static String newFile(Identified fact, String regionId) {
        FactKind kind = FactKind.of(fact);
        String folder = regionId == null ? "national/" : "regions/" + regionId + "/";
        String name = switch (kind) {
            case SOURCE -> "sources";
            case METRIC -> "metrics";
            case PARTY -> "parties";
            case TERM -> "terms";
            case UNIT -> "units";
            case POST, COORDINATION_GROUP -> "management";
            case BODY, COALITION, PERSON, APPOINTMENT -> "politics";
            case SEAT -> "seats";
            case HEALTHCARE_REGION -> "healthcare-regions";
            case COOPERATION_BODY, DECISION -> "cooperation";
            case PROGRAMME_AREA -> "programme-areas";
            case CARE_CHOICE_SCHEME -> "care-choice";
            case SCHEME_PROVIDER -> "care-choice-providers";
            case FIGURE -> "figures";
            case PLAN -> "plans";
            case CHANNEL -> "channels";
            case CLAIM -> "claims";
            case EVENT -> "history";
        };
        String csv = folder + name + ".csv";
        return (kind == FactKind.FIGURE || kind == FactKind.SEAT) && fits(fact, csv) ? csv : folder + name + ".yaml";
    }

    /**
     * Tells whether a fact can be written to the file: any kind to a YAML file; to a CSV file only a
     * key figure to a figures file or a seat count to a seats file, whose sources share one basis
     * (a row has one {@code basis} cell) and whose places in them hold no semicolon (which separates
     * them) nor a line break.
     */
    public static boolean fits(Identified fact, String file) {
        if (!file.endsWith(".csv")) {
            return file.endsWith(".yaml") || file.endsWith(".yml");
        }
        FactKind csv = CsvFiles.sectionOf(file);
        if (csv != FactKind.of(fact)) {
            return false;
        }
        List<SourceRef> refs = ((Fact) fact).sources();
        return refs.stream().map(SourceRef::basis).distinct().count() <= 1
                && refs.stream().allMatch(r -> r.locator() == null || !r.locator().matches("(?s).*[;\\r\\n].*"));
    }

    /**
     * Returns the dataset in the order its data files give: each kind's facts by the path of their
     * file (as the loader reads files), keeping their order within a file; appointments follow their
     * persons, under whom they are written.
     */
    public static Dataset arrange(Dataset dataset, Function<Identified, String> fileOf) {
        Dataset.Builder out = new Dataset.Builder();
        Map<String, Integer> personIndex = new HashMap<>();
        Map<String, String> personFile = new HashMap<>();
        for (FactKind kind : FactKind.values()) {
            List<? extends Identified> facts = dataset.all(kind);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < facts.size(); i++) {
                order.add(i);
            }
            if (kind == FactKind.APPOINTMENT) {
                Comparator<Integer> byPerson = Comparator.comparing(i -> personIndex.getOrDefault(
                        ((Appointment) facts.get(i)).personId(), Integer.MAX_VALUE));
                order.sort(Comparator.comparing((Integer i) -> fileOfAppointment((Appointment) facts.get(i), personFile, fileOf))
                        .thenComparing(byPerson));
            } else {
                List<String> files = facts.stream().map(fileOf).toList();
                order.sort(Comparator.comparing(files::get));
            }
            for (int i : order) {
                Identified fact = facts.get(i);
                out.add(fact);
                if (fact instanceof Person p) {
                    personIndex.putIfAbsent(p.id(), personIndex.size());
                    personFile.putIfAbsent(p.id(), fileOf.apply(p));
                }
            }
        }
        return out.build();
    }

    private static String fileOfAppointment(Appointment a, Map<String, String> personFile, Function<Identified, String> fileOf) {
        String file = personFile.get(a.personId());
        return file != null ? file : fileOf.apply(a);
    }

    /**
     * Returns the data files that hold the dataset, by path relative to the data directory, in the
     * order {@link #arrange} gives; reading them gives {@code arrange(dataset, fileOf)}.
     *
     * @throws IllegalArgumentException when a fact is placed in a file that cannot hold it ({@link #fits}),
     *     or an appointment's person is missing
     */
    public static Map<String, String> write(Dataset dataset, Function<Identified, String> fileOf) {
        Dataset arranged = arrange(dataset, fileOf);
        Map<String, Person> persons = new HashMap<>();
        arranged.all(Person.class).forEach(p -> persons.putIfAbsent(p.id(), p));
        Map<String, List<Appointment>> roles = new LinkedHashMap<>();
        for (Appointment a : arranged.all(Appointment.class)) {
            if (!persons.containsKey(a.personId())) {
                throw new IllegalArgumentException("appointment '" + a.id() + "' names person '" + a.personId()
                        + "', who is not in the data set; an appointment is written under its person");
            }
            roles.computeIfAbsent(a.personId(), k -> new ArrayList<>()).add(a);
        }
        Map<String, Map<FactKind, List<Identified>>> byFile = new TreeMap<>();
        for (FactKind kind : FactKind.values()) {
            if (kind == FactKind.APPOINTMENT) {
                continue;
            }
            for (Identified fact : arranged.all(kind)) {
                String file = Objects.requireNonNull(fileOf.apply(fact), "file of " + kind + " " + fact.id());
                if (!fits(fact, file)) {
                    throw new IllegalArgumentException(kind + " '" + fact.id() + "' cannot be written to " + file);
                }
                byFile.computeIfAbsent(file, f -> new LinkedHashMap<>()).computeIfAbsent(kind, k -> new ArrayList<>()).add(fact);
            }
        }
        Map<String, String> files = new TreeMap<>();
        byFile.forEach((file, kinds) -> files.put(file, file.endsWith(".csv") ? csv(kinds) : yaml(kinds, roles)));
        return files;
    }

    private static String yaml(Map<FactKind, List<Identified>> kinds, Map<String, List<Appointment>> roles) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        kinds.forEach((kind, facts) -> {
            ArrayNode entries = root.putArray(kind.section());
            switch (kind) {
                case SEAT -> grouped(facts, (SeatCount s) -> List.of(s.bodyId(), s.termId(), s.sources()))
                        .forEach(g -> entries.add(EntryWriter.seats(g)));
                case CLAIM -> grouped(facts, (Claim c) -> java.util.Arrays.asList(c.subjectId(), c.property(), c.label()))
                        .forEach(g -> entries.add(EntryWriter.claims(g)));
                case PERSON -> facts.forEach(f -> {
                    Person p = (Person) f;
                    ObjectNode entry = EntryWriter.entry(p);
                    List<Appointment> held = roles.getOrDefault(p.id(), List.of());
                    if (!held.isEmpty()) {
                        ArrayNode list = entry.putArray("roles");
                        held.forEach(a -> list.add(EntryWriter.role(a, p)));
                    }
                    entries.add(entry);
                    roles.remove(p.id()); // a person listed twice (an invalid data set) gets the roles once
                });
                default -> facts.forEach(f -> entries.add(EntryWriter.entry(f)));
            }
        });
        try {
            return YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Groups consecutive facts that share a key: the seats of one body and term, the claims about one thing. */
    @SuppressWarnings("unchecked")
    private static <T> List<List<T>> grouped(List<Identified> facts, Function<T, List<?>> key) {
        List<List<T>> groups = new ArrayList<>();
        List<?> last = null;
        for (Identified f : facts) {
            List<?> k = key.apply((T) f);
            if (groups.isEmpty() || !k.equals(last)) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add((T) f);
            last = k;
        }
        return groups;
    }

    private static String csv(Map<FactKind, List<Identified>> kinds) {
        if (kinds.size() != 1) {
            throw new IllegalArgumentException("a CSV data file holds one kind of fact, not " + kinds.keySet());
        }
        Map.Entry<FactKind, List<Identified>> only = kinds.entrySet().iterator().next();
        boolean figures = only.getKey() == FactKind.FIGURE;
        List<Map<String, String>> rows = new ArrayList<>();
        for (Identified fact : only.getValue()) {
            rows.add(figures ? figureRow((KeyFigure) fact) : seatRow((SeatCount) fact));
        }
        String[] columns = figures ? FIGURE_COLUMNS : SEAT_COLUMNS;
        // only the columns some row uses, and always those the reader requires
        List<String> used = java.util.Arrays.stream(columns).filter(c -> List.of("unit", "metric", "value", "sources", "body",
                "term", "party", "seats").contains(c) || rows.stream().anyMatch(r -> r.containsKey(c))).toList();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(used);
            for (Map<String, String> row : rows) {
                printer.printRecord(used.stream().map(c -> row.getOrDefault(c, "")).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Map<String, String> seatRow(SeatCount s) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("body", s.bodyId());
        row.put("term", s.termId());
        row.put("party", s.partyId());
        row.put("seats", String.valueOf(s.seats()));
        sourceCells(row, s.sources());
        return row;
    }

    /** Turns a figure's YAML entry into the cells of a CSV row: the same fields, its id always, sources in one cell. */
    private static Map<String, String> figureRow(KeyFigure figure) {
        ObjectNode entry = EntryWriter.figure(figure);
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", figure.id());
        entry.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("sources")) {
                row.put(f.getKey(), f.getValue().asText());
            }
        });
        List<SourceRef> refs = new ArrayList<>();
        for (JsonNode ref : entry.get("sources")) {
            refs.add(ref.isTextual() ? Entry.parseRef(ref.asText(), null)
                    : new SourceRef(ref.get("source").asText(), ref.has("at") ? ref.get("at").asText() : null,
                            ref.has("basis") ? Entry.enumOf(ref.get("basis").asText(), SourceRef.Basis.class) : null));
        }
        sourceCells(row, refs);
        return row;
    }

    private static void sourceCells(Map<String, String> row, List<SourceRef> refs) {
        row.put("sources", String.join("; ", refs.stream()
                .map(r -> r.locator() == null ? r.sourceId() : r.sourceId() + "#" + r.locator()).toList()));
        SourceRef.Basis basis = refs.isEmpty() ? SourceRef.Basis.STATED : refs.get(0).basis();
        if (basis != SourceRef.Basis.STATED) {
            row.put("basis", EntryWriter.spelled(basis));
        }
    }
}
