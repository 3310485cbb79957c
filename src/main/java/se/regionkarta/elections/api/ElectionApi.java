package se.regionkarta.elections.api;

import static se.regionkarta.api.Params.AS_OF;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.regionkarta.api.Params;
import se.regionkarta.api.RequestBody;
import se.regionkarta.api.Route;
import se.regionkarta.elections.AssemblyComposition;
import se.regionkarta.elections.Elections;
import se.regionkarta.elections.GroupsCsv;
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

    public ElectionApi(LiveRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    public List<Route> routes() {
        return List.of(
                Route.post("/api/v1/elections/allocate", List.of(SEATS, "threshold", "fixedSeats", SEED), List.of(CSV, RequestBody.JSON),
                        this::allocate),
                Route.post("/api/v1/elections/committee", List.of(SEATS, SEED, "present"), List.of(CSV, RequestBody.JSON), this::committee),
                Route.get("/api/v1/bodies/{id}/composition", List.of(SEATS, "jointLists", SEED, AS_OF), this::composition));
    }

    private void allocate(Context ctx) {
        Params p = new Params(ctx, clock);
        byte[] body = RequestBody.bytes(ctx);
        if (RequestBody.mediaType(ctx).equals(RequestBody.JSON)) {
            requireNoQuery(ctx);
            ElectionJson.Allocation a = ElectionJson.allocation(body);
            ctx.json(Elections.allocateSeats(a.votes(), a.seats(), a.fixedSeats(), a.threshold(), a.seed()));
            return;
        }
        int seats = requiredSeats(p);
        VotesFile votes = VotesCsv.read(body, ErrorMapper.BODY);
        ctx.json(Elections.allocateSeats(votes, seats, p.number("fixedSeats", 1, seats).orElse(null),
                p.percent("threshold").orElse(null), p.seed(SEED).orElse(1L)));
    }

    private void committee(Context ctx) {
        Params p = new Params(ctx, clock);
        byte[] body = RequestBody.bytes(ctx);
        if (RequestBody.mediaType(ctx).equals(RequestBody.JSON)) {
            requireNoQuery(ctx);
            ElectionJson.Committee c = ElectionJson.committee(body);
            ctx.json(Elections.fillCommittee(c.groups(), ErrorMapper.BODY, c.seats(), c.seed(), c.present()));
            return;
        }
        int seats = requiredSeats(p);
        Integer present = p.number("present", 1, 100_000).orElse(null);
        long seed = p.seed(SEED).orElse(1L);
        ctx.json(Elections.fillCommittee(GroupsCsv.read(body, ErrorMapper.BODY), ErrorMapper.BODY, seats, seed, present));
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
