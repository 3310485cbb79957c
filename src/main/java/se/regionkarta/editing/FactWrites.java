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
import java.util.Map;
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
import se.regionkarta.provenance.model.SourceRef;
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
        WriteBody write = WriteBody.of(requireObject(body), today());
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
        WriteBody write = WriteBody.of(requireObject(body), today());
        JsonNode given = write.fact().get("id");
        String id;
        if (given == null && !write.problems().isEmpty()) {
            throw new BadInput(write.problems());
        } else if (given == null) {
            id = read(kind, write.fact()).id(); // a kind whose id follows from its members: a seat count is body/term/party
        } else if (given == null || !given.isTextual() || given.asText().isBlank()) {
            throw BadInput.field("id", "a new fact needs an id: lower case words joined by dots or hyphens, like kalmar.hsf.ny-enhet");
        } else if (!given.asText().matches("[a-z0-9][a-z0-9._-]{0,199}")) {
            throw BadInput.field("id", "'" + given.asText() + "' is not an id: use lower case letters a-z, digits, dots and hyphens");
        } else {
            id = given.asText();
        }
        // an id that was withdrawn is taken again at the version it was left at; one in the registry is refused by the store
        int expected = find(registry.dataset(), kind, id).isPresent() ? 0 : registry.version(kind, id);
        return draft(registry, kind, id, expected, null, write.fact(), write);
    }

    /**
     * Prepares several facts of one kind as one write (one transaction, one change per fact, all
     * citing one source): each given whole with its id, new or replacing the version the writer read,
     * and the facts of that kind to end (closed, or withdrawn when undated). The seats of an assembly
     * for a term, entered together from the votes, are written this way, so that the registry never
     * holds half of them.
     *
     * @param facts the facts, each a JSON object as {@link Json#mapper()} writes the record (without {@code _source})
     * @param versionsRead the version the writer read of each fact by id, to put or to end; a fact not named is new (0)
     * @param ending the ids of facts of the kind to end
     * @param write the write's own members: {@code _source} and optional {@code _comment}, nothing else
     * @param basis how the facts follow from the write's source ({@code derived} for seats computed from the
     *     votes the source states), or null for {@code stated}
     */
    public Draft putAll(Registry registry, FactKind kind, List<JsonNode> facts, Map<String, Integer> versionsRead,
            List<String> ending, JsonNode write, SourceRef.Basis basis) {
        WriteBody body = WriteBody.of(requireObject(write), today());
        if (!body.problems().isEmpty()) {
            throw new BadInput(body.problems());
        }
        if (body.fact().size() > 0) {
            throw BadInput.field(body.fact().fieldNames().next(), "is not a member of a write of several facts; the facts are given apart");
        }
        if (facts.isEmpty() && ending.isEmpty()) {
            throw BadInput.of("a write of several facts needs at least one fact");
        }
        Dataset dataset = registry.dataset();
        List<Edit> edits = new ArrayList<>();
        String sourceId = citedSource(dataset, body, edits);
        List<Identified> touched = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (JsonNode json : facts) {
            Identified fact = read(kind, cite(kind, requireObject(json), sourceId, basis));
            if (ids.contains(fact.id()) || ending.contains(fact.id())) {
                throw BadInput.field("id", "'" + fact.id() + "' is given twice in one write");
            }
            ids.add(fact.id());
            edits.add(Edit.put(fact, versionsRead.getOrDefault(fact.id(), 0)));
            touched.add(fact);
        }
        FactRegions regionsBefore = new FactRegions(dataset);
        Set<String> owners = new LinkedHashSet<>();
        boolean national = false;
        for (String id : ending) {
            Identified before = find(dataset, kind, id).orElseThrow(() -> new NoSuchFact(kind, id));
            edits.add(Edit.close(kind, id, versionsRead.getOrDefault(id, 0), today()));
            national |= owner(regionsBefore, before, dataset, owners);
        }
        Dataset afterWrite = with(dataset, touched);
        FactRegions regionsAfter = new FactRegions(afterWrite);
        for (Identified t : touched) {
            Optional<Identified> before = find(dataset, kind, t.id());
            if (before.isPresent()) {
                national |= owner(regionsBefore, before.get(), dataset, owners);
            }
            national |= owner(regionsAfter, t, afterWrite, owners);
        }
        String first = !ids.isEmpty() ? ids.get(0) : ending.get(0);
        return new Draft(kind, first, versionsRead.getOrDefault(first, 0), edits, owners, national || owners.isEmpty(), sourceId,
                body.comment());
    }

    /**
     * Prepares the closing of a fact: it keeps its history and stays readable as of earlier days.
     * The body holds the source, an optional comment and optionally {@code until}, the last day the
     * fact held (today when not given).
     */
    public Draft close(Registry registry, FactKind kind, String id, int expectedVersion, JsonNode body) {
        WriteBody write = WriteBody.of(requireObject(body), today());
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
        if (!write.problems().isEmpty()) {
            throw new BadInput(write.problems());
        }
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
        // every problem of the write is reported at once: its own members', its source's and its fact's
        List<Problem> problems = new ArrayList<>(write.problems());
        String sourceId = null;
        if (write.source() != null) {
            try {
                sourceId = citedSource(dataset, write, edits);
            } catch (BadInput bad) {
                problems.addAll(bad.problems());
            }
        }
        Identified fact = null;
        try {
            fact = read(kind, sourceId == null ? after : cite(kind, after, sourceId));
        } catch (BadInput bad) {
            problems.addAll(bad.problems());
        }
        if (!problems.isEmpty()) {
            throw new BadInput(problems);
        }
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
        return cite(kind, fact, sourceId, null);
    }

    /** Makes the fact cite the write's source on the given basis (null: stated), unless it already cites it. */
    private static JsonNode cite(FactKind kind, JsonNode fact, String sourceId, SourceRef.Basis basis) {
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
        ObjectNode ref = list.addObject().put("sourceId", sourceId);
        if (basis != null) {
            ref.set("basis", JSON.valueToTree(basis));
        }
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
