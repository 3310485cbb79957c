package se.regionkarta.editing.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import se.regionkarta.access.model.Principal;
import se.regionkarta.api.Params;
import se.regionkarta.api.RequestBody;
import se.regionkarta.api.Route;
import se.regionkarta.dataset.model.FactKind;
import se.regionkarta.editing.FactWrites;
import se.regionkarta.editing.WriteBody;
import se.regionkarta.editing.Writing;
import se.regionkarta.history.AuditEntry;
import se.regionkarta.history.Change;
import se.regionkarta.json.Json;
import se.regionkarta.provenance.model.Identified;
import se.regionkarta.store.StaleWrite;
import se.regionkarta.store.Store;
import se.regionkarta.store.Written;
import se.regionkarta.web.ApiProblem;
import se.regionkarta.web.Authorization;
import se.regionkarta.web.ErrorMapper;
import se.regionkarta.web.FactTag;
import se.regionkarta.web.LiveRegistry;
import se.regionkarta.web.ProblemType;
import se.regionkarta.web.WebServer;

/**
 * The write API (docs/editing.md): create with {@code POST}, change with {@code PATCH} and a JSON
 * merge patch, close with {@code DELETE}; every write names its source, needs the writer's rights
 * on the region the fact belongs to and the {@code If-Match} of the version it read. The resources
 * that the read API shows by id take writes at the same address; every kind of fact can also be
 * written at {@code /api/v1/facts/{kind}/{id}}, where it is shown as stored (the id may hold
 * slashes: a seat count is {@code body/term/party}).
 */
public final class EditApi {

    /** The media type of a merge patch (RFC 7396). */
    public static final String MERGE_PATCH = "application/merge-patch+json";

    /** Resources of the read API that take writes at their own address, by path segment. */
    static final Map<String, FactKind> RESOURCES = resources();

    private static final ObjectMapper JSON = Json.mapper();

    private final LiveRegistry registry;
    private final Clock clock;
    private final Writing writing;
    private final FactWrites writes;

    private final se.regionkarta.web.Bounds bounds;

    public EditApi(LiveRegistry registry, Clock clock) {
        this(registry, clock, se.regionkarta.web.Bounds.byPeer(clock));
    }

    /** @param bounds the rate limit of writes per client address */
    public EditApi(LiveRegistry registry, Clock clock, se.regionkarta.web.Bounds bounds) {
        this.registry = registry;
        this.clock = clock;
        this.writing = new Writing(registry, clock);
        this.writes = writing.writes();
        this.bounds = bounds;
    }

    public List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        RESOURCES.forEach((segment, kind) -> {
            routes.add(Route.write("POST", "/api/v1/" + segment, List.of(RequestBody.JSON), ctx -> create(ctx, kind)));
            routes.add(Route.write("PATCH", "/api/v1/" + segment + "/{id}", List.of(MERGE_PATCH), ctx -> patch(ctx, kind)));
            routes.add(Route.write("DELETE", "/api/v1/" + segment + "/{id}", List.of(RequestBody.JSON), ctx -> close(ctx, kind)));
        });
        routes.add(Route.get("/api/v1/facts/{kind}/<id>", List.of(), this::fact));
        routes.add(Route.get("/api/v1/audit/{kind}/<id>", List.of(Params.LIMIT), this::audit));
        routes.add(Route.get("/api/v1/regions/{id}/audit", List.of(Params.LIMIT), this::regionAudit));
        routes.add(Route.write("POST", "/api/v1/changes/{seq}/revert", List.of(RequestBody.JSON), this::revert));
        routes.add(Route.write("POST", "/api/v1/facts/{kind}", List.of(RequestBody.JSON), ctx -> create(ctx, kind(ctx))));
        routes.add(Route.write("PATCH", "/api/v1/facts/{kind}/<id>", List.of(MERGE_PATCH), ctx -> patch(ctx, kind(ctx))));
        routes.add(Route.write("DELETE", "/api/v1/facts/{kind}/<id>", List.of(RequestBody.JSON), ctx -> close(ctx, kind(ctx))));
        // every write counts against its client's rate limit, before its body is read
        return routes.stream().map(r -> r.method().equals("GET") ? r : new Route(r.method(), r.path(), r.parameters(), r.consumes(), ctx -> {
            bounds.rates().check(ctx, se.regionkarta.web.RateLimits.Kind.WRITE);
            r.handler().handle(ctx);
        })).toList();
    }

    /**
     * Marks the reads of the writable resources, so that their entity tags carry the fact's version
     * and can be sent back in If-Match.
     */
    public WebServer.RouteGroup taggedReads() {
        return config -> RESOURCES.forEach((segment, kind) -> config.before("/api/v1/" + segment + "/{id}", ctx -> {
            if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) {
                FactTag.mark(ctx, registry.version(kind, ctx.pathParam("id")));
            }
        }));
    }

    /** Shows a fact as stored, with its version in the entity tag. */
    private void fact(Context ctx) {
        FactKind kind = kind(ctx);
        String id = ctx.pathParam("id");
        Identified fact = writing.find(kind, id).orElseThrow(() -> ApiProblem.notFound(kind.section(), id));
        FactTag.mark(ctx, registry.version(kind, id));
        ctx.json(fact);
    }

    /** One change as the audit shows it: the change, and the fact before and after it as the store kept it. */
    record Audited(@JsonUnwrapped Change change, JsonNode before, JsonNode after) {

        static Audited of(AuditEntry e) {
            return new Audited(e.change(), tree(e.before()), tree(e.after()));
        }

        private static JsonNode tree(String json) {
            try {
                return json == null ? null : JSON.readTree(json);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the store holds a record that is not JSON", e);
            }
        }
    }

    private void audit(Context ctx) {
        FactKind kind = kind(ctx);
        String id = ctx.pathParam("id");
        int limit = new Params(ctx, clock).number(Params.LIMIT, 1, 500).orElse(50);
        // data files read at start have no change log: their facts have an empty audit
        List<AuditEntry> entries = registry.store().map(s -> s.audit(kind, id, limit)).orElse(List.of());
        if (entries.isEmpty() && writing.find(kind, id).isEmpty()) {
            throw ApiProblem.notFound(kind.section(), id);
        }
        ctx.json(entries.stream().map(Audited::of).toList());
    }

    private void regionAudit(Context ctx) {
        String id = ctx.pathParam("id");
        if (writing.find(FactKind.UNIT, id).isEmpty()) {
            throw ApiProblem.notFound("region", id);
        }
        int limit = new Params(ctx, clock).number(Params.LIMIT, 1, 500).orElse(50);
        ctx.json(registry.store().map(s -> s.auditOfRegion(id, limit)).orElse(List.of()).stream().map(Audited::of).toList());
    }

    /**
     * Reverts one change by a new change that puts the fact back as it was before it; the writer needs
     * the rights on the fact's region, and may say why in {@code _comment}.
     */
    private void revert(Context ctx) {
        Store store = writable(ctx);
        Authorization.requireKnown(ctx);
        long seq;
        try {
            seq = Long.parseLong(ctx.pathParam("seq"));
        } catch (NumberFormatException e) {
            throw ApiProblem.notFound("change", ctx.pathParam("seq"));
        }
        Change change = store.changes(null, seq - 1, 1).stream().filter(c -> c.seq() == seq).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("change", String.valueOf(seq)));
        Principal who = Authorization.requireEditor(ctx, change.regionId());
        JsonNode body = RequestBody.jsonObject(RequestBody.bytes(ctx, RequestBody.MAX_WRITE_BYTES));
        JsonNode comment = body.get(WriteBody.COMMENT);
        Written written = store.revert(seq, who.name(), comment == null || comment.isNull() ? null : comment.asText());
        writing.catchUp();
        ctx.status(201).json(Map.of("reverted", seq, "changes", written.seqs()));
    }

    private void create(Context ctx, FactKind kind) {
        writable(ctx);
        Authorization.requireKnown(ctx);
        JsonNode body = RequestBody.jsonObject(RequestBody.bytes(ctx, RequestBody.MAX_WRITE_BYTES));
        FactWrites.Draft draft = writes.create(writing.served(), kind, body);
        if (writing.find(kind, draft.id()).isPresent()) {
            throw new ApiProblem(ProblemType.CONFLICT, "There already is " + kind.section() + " fact '" + draft.id()
                    + "'; change it with PATCH " + path(kind, draft.id()) + ".");
        }
        ctx.status(201).header("Location", path(kind, draft.id()));
        commit(ctx, draft);
    }

    private void patch(Context ctx, FactKind kind) {
        writable(ctx);
        Authorization.requireKnown(ctx);
        String id = ctx.pathParam("id");
        int expected = expectedVersion(ctx, kind, id);
        JsonNode body = RequestBody.jsonObject(RequestBody.bytes(ctx, RequestBody.MAX_WRITE_BYTES));
        commit(ctx, writes.patch(writing.served(), kind, id, expected, body));
    }

    private void close(Context ctx, FactKind kind) {
        writable(ctx);
        Authorization.requireKnown(ctx);
        String id = ctx.pathParam("id");
        int expected = expectedVersion(ctx, kind, id);
        JsonNode body = RequestBody.jsonObject(RequestBody.bytes(ctx, RequestBody.MAX_WRITE_BYTES));
        commit(ctx, writes.close(writing.served(), kind, id, expected, body));
    }

    /**
     * Checks the writer's rights on every region the write touches, writes, and makes the write
     * visible in this instance before answering; other instances see it through the store's signal.
     */
    private void commit(Context ctx, FactWrites.Draft draft) {
        Written written;
        try {
            written = writing.commit(ctx, draft);
        } catch (StaleWrite stale) {
            throw stale(ctx, stale.kind(), stale.id(), stale.currentVersion());
        }
        if (!written.seqs().isEmpty()) {
            ctx.header("X-Change-Seq", String.valueOf(written.seqs().get(written.seqs().size() - 1)));
        }
        // a fact without dates that is closed is withdrawn: it is then only in the audit, and the answer is empty
        Optional<Identified> fact = writing.find(draft.kind(), draft.id());
        if (fact.isEmpty()) {
            ctx.status(204);
            return;
        }
        ctx.header("ETag", FactTag.of(writing.version(draft.kind(), draft.id())));
        ctx.json(fact.get());
    }

    /**
     * Returns the version the writer read, from {@code If-Match}: 428 without it; 412 (with the
     * current tag) when it is not the fact's version in this instance, after making sure this
     * instance is not merely behind the store.
     */
    private int expectedVersion(Context ctx, FactKind kind, String id) {
        if (registry.version(kind, id) == 0) {
            throw ApiProblem.notFound(kind.section(), id);
        }
        String ifMatch = ctx.header("If-Match");
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblem(ProblemType.PRECONDITION_REQUIRED, "A write needs the version it changes: send If-Match with the "
                    + "ETag of GET " + path(kind, id) + " (now " + FactTag.of(registry.version(kind, id)) + ").");
        }
        OptionalInt expected = FactTag.version(ifMatch);
        if (expected.isPresent() && expected.getAsInt() > registry.version(kind, id)) {
            writing.catchUp(); // another instance wrote it and this one has not seen it yet
        }
        int current = registry.version(kind, id);
        if (expected.isEmpty() || expected.getAsInt() != current) {
            throw stale(ctx, kind, id, current);
        }
        return current;
    }

    private ApiProblem stale(Context ctx, FactKind kind, String id, int current) {
        ctx.header("ETag", FactTag.of(current));
        return new ApiProblem(ProblemType.PRECONDITION_FAILED, "The " + kind.section() + " fact '" + id + "' has changed since it "
                + "was read (it is now at " + FactTag.of(current) + "); read it again, apply the change to what it says now, "
                + "and send that tag in If-Match.");
    }

    /** Returns the store behind the served registry; a registry read straight from files takes no writes. */
    private Store writable(Context ctx) {
        ctx.attribute(ErrorMapper.WRITE, true);
        return registry.store().orElseThrow(() -> new ApiProblem(ProblemType.METHOD_NOT_ALLOWED, "This server serves data files "
                + "read at start and takes no writes; serve a store (without --data) to edit."));
    }

    private static FactKind kind(Context ctx) {
        String section = ctx.pathParam("kind");
        return FactKind.named(section).orElseThrow(() -> new ApiProblem(ProblemType.NOT_FOUND, "'" + Params.shown(section)
                + "' is not a kind of fact; the kinds are " + String.join(", ",
                java.util.Arrays.stream(FactKind.values()).map(FactKind::section).toList()) + "."));
    }

    private static String path(FactKind kind, String id) {
        return RESOURCES.entrySet().stream().filter(e -> e.getValue() == kind).map(e -> "/api/v1/" + e.getKey() + "/" + id)
                .findFirst().orElse("/api/v1/facts/" + kind.section() + "/" + id);
    }

    private static Map<String, FactKind> resources() {
        Map<String, FactKind> m = new LinkedHashMap<>();
        m.put("units", FactKind.UNIT);
        m.put("bodies", FactKind.BODY);
        m.put("persons", FactKind.PERSON);
        m.put("sources", FactKind.SOURCE);
        m.put("events", FactKind.EVENT);
        return m;
    }

}
