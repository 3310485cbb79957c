package se.regionkarta.politics.api;

import static se.regionkarta.api.Params.AS_OF;
import static se.regionkarta.api.Params.LIMIT;
import static se.regionkarta.api.Params.OFFSET;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.regionkarta.api.Page;
import se.regionkarta.api.Params;
import se.regionkarta.api.Route;
import se.regionkarta.input.BadInput;
import se.regionkarta.politics.model.Body;
import se.regionkarta.politics.model.BodyKind;
import se.regionkarta.politics.model.Party;
import se.regionkarta.politics.model.Term;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.web.LiveRegistry;

/** Political bodies, seats, coalitions, persons, parties and terms of office. */
public final class PoliticsApi {

    private final LiveRegistry registry;
    private final Clock clock;

    public PoliticsApi(LiveRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/v1/bodies", List.of("region", "kind", AS_OF, LIMIT, OFFSET), this::bodies),
                Route.get("/api/v1/bodies/{id}", List.of(AS_OF), this::body),
                Route.get("/api/v1/seats", List.of("body", "term", AS_OF, LIMIT, OFFSET), this::seats),
                Route.get("/api/v1/persons", List.of("q", LIMIT, OFFSET), this::persons),
                Route.get("/api/v1/persons/{id}", List.of(AS_OF), this::person),
                Route.get("/api/v1/parties", List.of(LIMIT, OFFSET), this::parties),
                Route.get("/api/v1/terms", List.of(LIMIT, OFFSET), this::terms));
    }

    private void bodies(Context ctx) {
        Params p = new Params(ctx, clock);
        Snapshot snapshot = registry.current().snapshot();
        String region = p.reference("region", "region", id -> snapshot.unit(id).filter(u -> u.kind().isTopLevel()).isPresent())
                .orElse(null);
        BodyKind kind = p.choice("kind", BodyKind.class).orElse(null);
        LocalDate day = p.asOf();
        ctx.json(Page.of(new PoliticsAnswers(snapshot).bodies(region, kind, day), p.paging(50, 500), day, ctx));
    }

    private void body(Context ctx) {
        Params p = new Params(ctx, clock);
        ctx.json(queries().body(p.id(), p.asOf()).orElseThrow(() -> p.notFound("body")));
    }

    /** Answers the seats of the term given, or else of the term running on {@code asOf}. */
    private void seats(Context ctx) {
        Params p = new Params(ctx, clock);
        Snapshot snapshot = registry.current().snapshot();
        String body = p.reference("body", "body", id -> snapshot.get(Body.class, id).isPresent()).orElse(null);
        Optional<String> term = p.reference("term", "term of office (written YYYY-YYYY)",
                id -> snapshot.get(Term.class, id).isPresent());
        if (term.isPresent() && ctx.queryParam(AS_OF) != null) {
            throw BadInput.field(AS_OF, "cannot be combined with 'term'; give one of them");
        }
        LocalDate day = term.isPresent() ? null : p.asOf();
        PoliticsAnswers queries = new PoliticsAnswers(snapshot);
        String termId = term.or(() -> queries.termOn(day)).orElse(null);
        ctx.json(Page.of(termId == null ? List.of() : queries.seats(body, termId), p.paging(50, 500), day, ctx));
    }

    private void persons(Context ctx) {
        Params p = new Params(ctx, clock);
        ctx.json(Page.of(queries().persons(p.text("q").orElse(null)), p.paging(50, 500), null, ctx));
    }

    private void person(Context ctx) {
        Params p = new Params(ctx, clock);
        ctx.json(queries().person(p.id(), p.asOf()).orElseThrow(() -> p.notFound("person")));
    }

    private void parties(Context ctx) {
        Params p = new Params(ctx, clock);
        ctx.json(Page.of(registry.current().snapshot().dataset().all(Party.class), p.paging(50, 500), null, ctx));
    }

    private void terms(Context ctx) {
        Params p = new Params(ctx, clock);
        ctx.json(Page.of(registry.current().snapshot().dataset().all(Term.class), p.paging(50, 500), null, ctx));
    }

    private PoliticsAnswers queries() {
        return new PoliticsAnswers(registry.current().snapshot());
    }
}
