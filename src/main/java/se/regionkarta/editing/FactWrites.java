package se.regionkarta.editing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.history.model.ChangeEvent;
import se.regionkarta.history.model.EventEffects;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;
import se.regionkarta.json.Json;
import se.regionkarta.provenance.model.Fact;
import se.regionkarta.provenance.model.Identified;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.store.Edit;
import se.regionkarta.store.FactRegions;

/**
 * Turns what a writer sends (a merge patch of a fact, a whole new fact, or a request to close one,
 * each with its source) into the edits the store makes, and says whose facts they touch so that the
 * face can check the writer's rights before anything is written. The same code serves the API and
 * the site's forms, so both refuse the same things in the same words.
 *
 * <p>A patch is applied to the fact as the served registry holds it at the version the writer read;
 * the store then checks, inside its lock, that the fact still has that version, and validates the
 * whole registry after the write with the rules the data files meet (docs/editing.md).
 */
public final class FactWrites {

    /** Reads records strictly: a member a fact does not have is refused, not dropped. */
    private static final ObjectMapper STRICT = Json.mapper().copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private static final ObjectMapper JSON = Json.mapper();

    /** What the writer has read: the registry being served. */
    public interface Registry {
        Dataset dataset();

        /** The version of a fact in that registry; 0 when it holds no such fact. */
        int version(FactKind kind, String id);
    }

    /**
     * A write prepared but not done.
     *
     * @param kind the kind of the fact written
     * @param id the fact written
     * @param expectedVersion the version the writer read (0 for a new fact)
     * @param edits every edit of the write: the fact, a new source it cites, units an event changes
     * @param regions the regions whose facts the write touches, before and after it
     * @param national whether it touches a fact that belongs to no region
     */
    public record Draft(FactKind kind, String id, int expectedVersion, List<Edit> edits, Set<String> regions, boolean national,
            String sourceId, String comment) {
    }

    private final Clock clock;

    public FactWrites(Clock clock) {
        this.clock = clock;
    }

    /** Prepares a merge patch (RFC 7396) of a fact the registry holds at the version the writer read. */
    public Draft patch(Registry registry, FactKind kind, String id, int expectedVersion, JsonNode body) {
        WriteBody write = body(registry.dataset(), requireObject(body));
        Identified before = find(registry.dataset(), kind, id)
                .orElseThrow(() -> new NoSuchFact(kind, id));
        JsonNode patch = write.fact();
        if (patch.has("id") && !patch.get("id").asText().equals(id)) {
            throw BadInput.field("id", "an id never changes; to give a unit a new identity, close it and create another");
        }
        JsonNode after = MergePatch.apply(JSON.valueToTree(before), patch);
        return draft(registry, kind, id, expectedVersion, before, after, write);
    }

    /** Prepares a new fact, given whole with its id. */
    public Draft create(Registry registry, FactKind kind, JsonNode body) {
        WriteBody write = body(registry.dataset(), requireObject(body));
        JsonNode id = write.fact().get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            throw BadInput.field("id", "a new fact needs an id: lower case words joined by dots or hyphens, like kalmar.hsf.ny-enhet");
        }
        if (!id.asText().matches("[a-z0-9][a-z0-9._-]{0,199}")) {
            throw BadInput.field("id", "'" + id.asText() + "' is not an id: use lower case letters a-z, digits, dots and hyphens");
        }
        return draft(registry, kind, id.asText(), 0, null, write.fact(), write);
    }

    /**
     * Prepares the closing of a fact: it keeps its history and stays readable as of earlier days.
     * The body holds the source, an optional comment and optionally {@code until}, the last day the
     * fact held (today when not given).
     */
    public Draft close(Registry registry, FactKind kind, String id, int expectedVersion, JsonNode body) {
        WriteBody write = body(registry.dataset(), requireObject(body));
        Identified before = find(registry.dataset(), kind, id).orElseThrow(() -> new NoSuchFact(kind, id));
        LocalDate until = today();
        for (var names = write.fact().fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("until")) {
                throw BadInput.field(name, "closing a fact reads only until, " + SourceChoice.MEMBER + " and " + WriteBody.COMMENT);
            }
        }
        if (write.fact().has("until")) {
            try {
                until = LocalDate.parse(write.fact().get("until").asText());
            } catch (RuntimeException e) {
                throw BadInput.field("until", "'" + write.fact().get("until").asText() + "' is not a day like 2026-12-31");
            }
        }
        List<Edit> edits = new ArrayList<>();
        String sourceId = citedSource(registry.dataset(), write, edits);
        edits.add(Edit.close(kind, id, expectedVersion, until));
        FactRegions regions = new FactRegions(registry.dataset());
        Set<String> owners = new LinkedHashSet<>();
        boolean national = owner(regions, before, registry.dataset(), owners);
        return new Draft(kind, id, expectedVersion, edits, owners, national || owners.isEmpty(), sourceId, write.comment());
    }

    private Draft draft(Registry registry, FactKind kind, String id, int expectedVersion, Identified before, JsonNode after,
            WriteBody write) {
        List<Edit> edits = new ArrayList<>();
        Dataset dataset = registry.dataset();
        String sourceId = citedSource(dataset, write, edits);
        Identified fact = read(kind, cite(kind, after, sourceId));
        edits.add(Edit.put(fact, expectedVersion));
        List<Identified> touched = new ArrayList<>();
        touched.add(fact);
        if (fact instanceof ChangeEvent event) {
            for (Unit unit : EventEffects.apply(event, unitId -> find(dataset, FactKind.UNIT, unitId).map(Unit.class::cast).orElse(null))) {
                edits.add(Edit.put(unit, registry.version(FactKind.UNIT, unit.id())));
                touched.add(unit);
            }
        }
        Dataset afterWrite = with(dataset, touched);
        FactRegions regionsBefore = new FactRegions(dataset);
        FactRegions regionsAfter = new FactRegions(afterWrite);
        Set<String> owners = new LinkedHashSet<>();
        boolean national = false;
        if (before != null) {
            national |= owner(regionsBefore, before, dataset, owners);
        }
        for (Identified t : touched) {
            national |= owner(regionsAfter, t, afterWrite, owners);
        }
        return new Draft(kind, id, expectedVersion, edits, owners, national || owners.isEmpty(), sourceId, write.comment());
    }

    /**
     * Adds the region of a fact to the owners and tells whether it is national. A reorganisation
     * belongs to the regions of the units it names: the editors of a region write its events.
     */
    private static boolean owner(FactRegions regions, Identified fact, Dataset dataset, Set<String> owners) {
        if (fact instanceof ChangeEvent e) {
            Set<String> units = new LinkedHashSet<>(e.originals());
            units.addAll(e.results());
            if (e.newParent() != null) {
                units.add(e.newParent());
            }
            boolean national = units.isEmpty();
            for (String unitId : units) {
                Optional<Identified> unit = find(dataset, FactKind.UNIT, unitId);
                national |= unit.isEmpty() || !addRegion(regions.of(unit.get()), owners);
            }
            return national;
        }
        if (FactRegions.isNational(FactKind.of(fact))) {
            return true;
        }
        // a regional fact whose region cannot be told (it points at a unit that does not exist) adds
        // no owner: the store's rules refuse it, and a write with no owner at all needs a national editor
        addRegion(regions.of(fact), owners);
        return false;
    }

    private static boolean addRegion(String region, Set<String> owners) {
        if (region == null) {
            return false;
        }
        owners.add(region);
        return true;
    }

    /**
     * Splits a write's body, refusing in one answer both what is wrong with its members and a cited
     * source id the registry does not hold, so that the writer learns every problem at once.
     */
    private WriteBody body(Dataset dataset, JsonNode body) {
        JsonNode source = body.get(SourceChoice.MEMBER);
        Problem unknown = source != null && source.isTextual() && !source.asText().isBlank()
                && find(dataset, FactKind.SOURCE, source.asText().strip()).isEmpty() ? unknownSource(source.asText().strip()) : null;
        WriteBody write;
        try {
            write = WriteBody.of(body, today());
        } catch (BadInput bad) {
            List<Problem> all = new ArrayList<>(bad.problems());
            if (unknown != null) {
                all.add(unknown);
            }
            throw new BadInput(all);
        }
        if (unknown != null) {
            throw new BadInput(List.of(unknown));
        }
        return write;
    }

    private static Problem unknownSource(String id) {
        return Problem.inField(SourceChoice.MEMBER, "'" + id + "' is not a source in the registry; "
                + "give its id as GET /api/v1/sources lists it, or describe a new one with title, url, publisher and date");
    }

    /** Returns the id of the source the write cites, adding a new source to the edits when it describes one. */
    private String citedSource(Dataset dataset, WriteBody write, List<Edit> edits) {
        SourceChoice choice = write.source();
        if (choice.existingId() != null) {
            if (find(dataset, FactKind.SOURCE, choice.existingId()).isEmpty()) {
                throw BadInput.field(SourceChoice.MEMBER, "'" + choice.existingId() + "' is not a source in the registry; "
                        + "give its id as GET /api/v1/sources lists it, or describe a new one with title, url, publisher and date");
            }
            return choice.existingId();
        }
        Set<String> taken = dataset.all(Source.class).stream().map(Source::id).collect(Collectors.toSet());
        Source source = choice.newSource(today(), taken);
        edits.add(Edit.put(source, 0));
        return source.id();
    }

    /** Makes the fact cite the write's source, unless it already does. */
    private static JsonNode cite(FactKind kind, JsonNode fact, String sourceId) {
        if (!Fact.class.isAssignableFrom(kind.type()) || !fact.isObject()) {
            return fact;
        }
        ObjectNode copy = ((ObjectNode) fact).deepCopy();
        JsonNode sources = copy.get("sources");
        ArrayNode list = sources != null && sources.isArray() ? (ArrayNode) sources : copy.putArray("sources");
        for (JsonNode ref : list) {
            if (sourceId.equals(ref.path("sourceId").asText(null))) {
                return copy;
            }
        }
        list.addObject().put("sourceId", sourceId);
        return copy;
    }

    /** Reads a record of the kind, turning every way it can be wrong into a problem that names the member. */
    static Identified read(FactKind kind, JsonNode json) {
        try {
            return STRICT.treeToValue(json, kind.type());
        } catch (UnrecognizedPropertyException e) {
            throw BadInput.field(e.getPropertyName(), "is not a member of " + kind.section() + " that can be written; members shown by "
                    + "the API but computed from other facts (children, figures, names over time…) are read-only");
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String message = cause instanceof IllegalArgumentException || cause instanceof NullPointerException
                    ? readable(cause.getMessage())
                    : "has a value of the wrong type: " + e.getOriginalMessage().split("\n")[0];
            throw new BadInput(new Problem(null, 0, field.isEmpty() ? memberNamedIn(message, json) : field, message));
        } catch (JsonProcessingException e) {
            throw BadInput.of("the fact cannot be read: " + e.getOriginalMessage());
        }
    }

    /**
     * Returns the member a record's own check speaks of ("a unit needs a name" speaks of {@code name}),
     * for a refusal that Jackson cannot place because the record refused itself as a whole.
     */
    private static String memberNamedIn(String message, JsonNode json) {
        for (var names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (message != null && Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(message).find()) {
                return name;
            }
        }
        return null;
    }

    /** Turns the message of a record's own check into a sentence; a bare {@code requireNonNull} name says what is missing. */
    private static String readable(String message) {
        if (message == null || message.isBlank()) {
            return "is missing or has a value that cannot be used";
        }
        return message.matches("[a-zA-Z]+") ? message + " is required" : message;
    }

    private static Optional<Identified> find(Dataset dataset, FactKind kind, String id) {
        return dataset.all(kind).stream().filter(f -> f.id().equals(id)).map(Identified.class::cast).findFirst();
    }

    /** Returns the dataset with the given facts put in place of those with their kind and id. */
    private static Dataset with(Dataset dataset, List<Identified> facts) {
        Dataset.Builder out = new Dataset.Builder();
        Set<String> replaced = facts.stream().map(f -> FactKind.of(f).section() + ":" + f.id()).collect(Collectors.toSet());
        dataset.facts().filter(f -> !replaced.contains(FactKind.of(f).section() + ":" + f.id())).forEach(out::add);
        facts.forEach(out::add);
        return out.build();
    }

    private static JsonNode requireObject(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw BadInput.of("the body must be a JSON object");
        }
        return body;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The fact to change does not exist. */
    public static final class NoSuchFact extends RuntimeException {
        public NoSuchFact(FactKind kind, String id) {
            super("There is no " + kind.section() + " fact with the id '" + id + "'.");
        }
    }
}
