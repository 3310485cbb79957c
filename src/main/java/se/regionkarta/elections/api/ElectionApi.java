package se.regionkarta.elections.api;

import static se.regionkarta.api.Params.AS_OF;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.regionkarta.api.Params;
import se.regionkarta.api.RequestBody;
import se.regionkarta.api.Route;
import se.regionkarta.elections.AssemblyComposition;
import se.regionkarta.elections.Elections;
import se.regionkarta.elections.GroupsCsv;
import se.regionkarta.elections.RequestLimits;
import se.regionkarta.elections.model.Group;
import se.regionkarta.input.Excess;
import se.regionkarta.web.ApiProblem;
import se.regionkarta.web.Bounds;
import se.regionkarta.web.ProblemType;
import se.regionkarta.web.RateLimits;
import se.regionkarta.elections.VotesCsv;
import se.regionkarta.elections.VotesFile;
import se.regionkarta.input.BadInput;
import se.regionkarta.politics.model.Body;
import se.regionkarta.politics.model.BodyKind;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.web.ErrorMapper;
import se.regionkarta.web.LiveRegistry;

/**
 * Elections (issue 4): an assembly's seats from the votes, a committee filled by proportional
 * election, and the composition an assembly's groups would give a committee. The calculations read
 * CSV (parameters in the query) or JSON (parameters in the body) and answer exactly as the command
 * line's {@code --format json}.
 */
public final class ElectionApi {

    static final String CSV = "text/csv";
    private static final String SEATS = "seats";
    private static final String SEED = "seed";

    private final LiveRegistry registry;
    private final Clock clock;
    private final Bounds bounds;

    public ElectionApi(LiveRegistry registry, Clock clock) {
        this(registry, clock, Bounds.byPeer(clock));
    }

    /** @param bounds the time limit of one computation and the rate limits of the calculations */
    public ElectionApi(LiveRegistry registry, Clock clock, Bounds bounds) {
        this.registry = registry;
        this.clock = clock;
        this.bounds = bounds;
    }

    public List<Route> routes() {
        return List.of(
                Route.post("/api/v1/elections/allocate", List.of(SEATS, "threshold", "fixedSeats", SEED), List.of(CSV, RequestBody.JSON),
                        limited(this::allocate)),
                Route.post("/api/v1/elections/committee", List.of(SEATS, SEED, "present"), List.of(CSV, RequestBody.JSON),
                        limited(this::committee)),
                Route.get("/api/v1/bodies/{id}/composition", List.of(SEATS, "jointLists", SEED, AS_OF), this::composition));
    }

    private void allocate(Context ctx) {
        Params p = new Params(ctx, clock);
        byte[] body = RequestBody.bytes(ctx);
        if (RequestBody.mediaType(ctx).equals(RequestBody.JSON)) {
            requireNoQuery(ctx);
            ElectionJson.Allocation a = ElectionJson.allocation(body);
            requireWithinLimits(RequestLimits.of(a.votes(), ErrorMapper.BODY));
            ctx.json(bounds.time().run(stop -> Elections.allocateSeats(a.votes(), a.seats(), a.fixedSeats(), a.threshold(),
                    a.seed(), stop)));
            return;
        }
        int seats = requiredSeats(p);
        VotesFile votes = VotesCsv.read(body, ErrorMapper.BODY);
        Integer fixed = p.number("fixedSeats", 1, seats).orElse(null);
        var threshold = p.percent("threshold").orElse(null);
        long seed = p.seed(SEED).orElse(1L);
        requireWithinLimits(RequestLimits.of(votes, ErrorMapper.BODY));
        ctx.json(bounds.time().run(stop -> Elections.allocateSeats(votes, seats, fixed, threshold, seed, stop)));
    }

    private void committee(Context ctx) {
        Params p = new Params(ctx, clock);
        byte[] body = RequestBody.bytes(ctx);
        if (RequestBody.mediaType(ctx).equals(RequestBody.JSON)) {
            requireNoQuery(ctx);
            ElectionJson.Committee c = ElectionJson.committee(body);
            requireWithinLimits(RequestLimits.of(c.groups(), ErrorMapper.BODY));
            ctx.json(bounds.time().run(stop -> Elections.fillCommittee(c.groups(), ErrorMapper.BODY, c.seats(), c.seed(),
                    c.present(), stop)));
            return;
        }
        int seats = requiredSeats(p);
        Integer present = p.number("present", 1, 100_000).orElse(null);
        long seed = p.seed(SEED).orElse(1L);
        List<Group> groups = GroupsCsv.read(body, ErrorMapper.BODY);
        requireWithinLimits(RequestLimits.of(groups, ErrorMapper.BODY));
        ctx.json(bounds.time().run(stop -> Elections.fillCommittee(groups, ErrorMapper.BODY, seats, seed, present, stop)));
    }

    /** Answers how a committee would be composed from the assembly's groups; its size defaults to the executive board's. */
    private void composition(Context ctx) {
        Params p = new Params(ctx, clock);
        Snapshot s = registry.current().snapshot();
        Body assembly = s.get(Body.class, p.id()).filter(b -> b.kind() == BodyKind.ASSEMBLY)
                .orElseThrow(() -> p.notFound("assembly"));
        LocalDate day = p.asOf();
        Integer seats = p.number(SEATS, 1, Elections.MAX_SEATS)
                .or(() -> AssemblyComposition.executiveBoardSize(s, assembly, day)).orElse(null);
        AssemblyComposition.JointLists joint = p.text("jointLists").map(ElectionApi::jointLists)
                .orElse(AssemblyComposition.JointLists.NONE);
        long seed = p.seed(SEED).orElse(1L);
        ctx.json(AssemblyComposition.of(s, assembly, day, seats, joint, seed));
    }

    /** Wraps a calculation's handler so that it counts against the client's rate limit before anything is read. */
    private Handler limited(Handler handler) {
        return ctx -> {
            bounds.rates().check(ctx, RateLimits.Kind.CALCULATION);
            handler.handle(ctx);
        };
    }

    private static void requireWithinLimits(Optional<Excess> excess) {
        excess.ifPresent(e -> {
            throw new ApiProblem(ProblemType.OVER_LIMIT, e.english());
        });
    }

    private static AssemblyComposition.JointLists jointLists(String value) {
        if (!value.equals("none") && !value.equals("coalitions")) {
            throw BadInput.field("jointLists", "must be none or coalitions, got '" + Params.shown(value) + "'");
        }
        return value.equals("coalitions") ? AssemblyComposition.JointLists.COALITIONS : AssemblyComposition.JointLists.NONE;
    }

    private static int requiredSeats(Params p) {
        return p.number(SEATS, 1, Elections.MAX_SEATS)
                .orElseThrow(() -> BadInput.field(SEATS, "is required with a CSV body: the size of the assembly or committee"));
    }

    private static void requireNoQuery(Context ctx) {
        ctx.queryParamMap().keySet().stream().findFirst().ifPresent(name -> {
            throw BadInput.field(name, "with a JSON body the parameters go in the body, not in the query");
        });
    }
}
