package se.regionkarta.cooperation.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.regionkarta.input.Days;
import se.regionkarta.api.Params;
import se.regionkarta.api.RequestBody;
import se.regionkarta.api.Route;
import se.regionkarta.cooperation.CareSettlement;
import se.regionkarta.cooperation.SettlementJson;
import se.regionkarta.cooperation.SettlementReport;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;
import se.regionkarta.web.LiveRegistry;

/**
 * Settlement of care sold between regions (issue 6, docs/settlement.md): a JSON body carries the
 * events file and the price list file as CSV text, and the answer is the settle command's
 * {@code --format json}, built by the same code. JSON rather than multipart: one body, one media type,
 * and the CSV needs no file names. Events that cannot be priced are answered, not refused (200);
 * a body that cannot be settled at all (a price list row that is wrong, events without their header)
 * is refused: each field of the body is an input of its own name, so the 400 names the field and the line.
 */
public final class SettlementApi {

    private static final Set<String> FIELDS = Set.of("events", "prices", "month", "show");

    private final LiveRegistry registry;
    private final Clock clock;

    private final se.regionkarta.web.Bounds bounds;

    public SettlementApi(LiveRegistry registry, Clock clock) {
        this(registry, clock, se.regionkarta.web.Bounds.byPeer(clock));
    }

    /** @param bounds the rate limits of the settlement calculator (its size limits are its own) */
    public SettlementApi(LiveRegistry registry, Clock clock, se.regionkarta.web.Bounds bounds) {
        this.registry = registry;
        this.clock = clock;
        this.bounds = bounds;
    }

    public List<Route> routes() {
        return List.of(Route.post("/api/v1/settlements", List.of(), List.of(RequestBody.JSON), ctx -> {
            bounds.rates().check(ctx, se.regionkarta.web.RateLimits.Kind.CALCULATION);
            settle(ctx);
        }));
    }

    /** A settlement asked for: the two CSV texts, the month (null for all) and how many unpriced events to list. */
    record Request(byte[] events, byte[] prices, YearMonth month, int show) {
    }

    private void settle(Context ctx) {
        Request r = request(RequestBody.bytes(ctx));
        CareSettlement.excess(r.events(), r.prices(), List.of("events", "prices")).ifPresent(e -> {
            throw new se.regionkarta.web.ApiProblem(se.regionkarta.web.ProblemType.OVER_LIMIT, e.english());
        });
        List<String> regions = CareSettlement.regionIds(registry.current().snapshot().dataset(), LocalDate.now(clock));
        SettlementReport report = CareSettlement.settle(r.events(), r.prices(), List.of("events", "prices"), regions, r.month(),
                r.show());
        ctx.json(SettlementJson.of(report));
    }

    /** Reads the body strictly; every problem with its fields is reported at once, each in the field it concerns. */
    static Request request(byte[] body) {
        JsonNode root = RequestBody.jsonObject(body);
        List<Problem> problems = new ArrayList<>();
        root.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                problems.add(Problem.at(Params.shown(name), 0, "not a field of this request, which takes events, prices, month, show"));
            }
        });
        byte[] events = csv(root, "events", problems);
        byte[] prices = csv(root, "prices", problems);
        YearMonth month = month(root.get("month"), problems);
        int show = show(root.get("show"), problems);
        if (!problems.isEmpty()) {
            throw new BadInput(problems);
        }
        return new Request(events, prices, month, show);
    }

    private static byte[] csv(JsonNode root, String field, List<Problem> problems) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            problems.add(Problem.at(field, 0, "is required, the " + field + " file's CSV text (docs/settlement.md)"));
            return new byte[0];
        }
        if (!value.isTextual()) {
            problems.add(Problem.at(field, 0, "must be a string holding CSV text"));
            return new byte[0];
        }
        return value.asText().getBytes(StandardCharsets.UTF_8);
    }

    private static YearMonth month(JsonNode value, List<Problem> problems) {
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.isTextual() ? value.asText() : value.toString();
        if (value.isTextual() && Days.readMonth(text).isPresent()) {
            return Days.readMonth(text).get();
        }
        problems.add(Problem.at("month", 0, "a month is written YYYY-MM, got '" + Params.shown(text) + "'"));
        return null;
    }

    private static int show(JsonNode value, List<Problem> problems) {
        if (value == null || value.isNull()) {
            return 20;
        }
        if (!value.isIntegralNumber() || value.asLong() < 0 || value.asLong() > CareSettlement.MAX_SHOWN) {
            problems.add(Problem.at("show", 0, "must be a whole number from 0 to " + CareSettlement.MAX_SHOWN + ", got "
                    + Params.shown(value.toString())));
            return 20;
        }
        return value.asInt();
    }
}
