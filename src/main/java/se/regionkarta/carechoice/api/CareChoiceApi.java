package se.regionkarta.carechoice.api;

import static se.regionkarta.api.Params.AS_OF;
import static se.regionkarta.api.Params.LIMIT;
import static se.regionkarta.api.Params.OFFSET;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.regionkarta.input.Days;
import se.regionkarta.api.Page;
import se.regionkarta.api.Params;
import se.regionkarta.api.RequestBody;
import se.regionkarta.api.Route;
import se.regionkarta.carechoice.CareChoiceExamples;
import se.regionkarta.carechoice.CareChoiceQueries;
import se.regionkarta.carechoice.CareCompensation;
import se.regionkarta.carechoice.CompensationJson;
import se.regionkarta.carechoice.ExampleCounty;
import se.regionkarta.carechoice.compensation.model.WhatIf;
import se.regionkarta.carechoice.model.CareChoiceScheme;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;
import se.regionkarta.snapshot.Snapshot;
import se.regionkarta.web.LiveRegistry;

/**
 * Care choice (issue 7): the regions' care-choice schemes with their providers counted from the
 * units beside what their sources state, each scheme's provider units, a synthetic example of a
 * scheme's monthly compensation, and the compensation of a month computed from a model and CSV
 * files sent in a JSON body, answered exactly as {@code compensate --format json}.
 */
public final class CareChoiceApi {

    private static final String YEAR = "year";
    private static final String MONTH = "month";
    private static final Set<String> FIELDS = Set.of("model", "residents", "listings", "areas", "providers", "visits", "month",
            "whatIf");

    private final LiveRegistry registry;
    private final Clock clock;
    private final se.regionkarta.web.Bounds bounds;
    /** The examples, built once per scheme and year of the snapshot served. */
    private final CareChoiceExamples examples = new CareChoiceExamples();

    public CareChoiceApi(LiveRegistry registry, Clock clock) {
        this(registry, clock, se.regionkarta.web.Bounds.byPeer(clock));
    }

    /** @param bounds the rate limits of the compensation calculator (its size limits are its own) */
    public CareChoiceApi(LiveRegistry registry, Clock clock, se.regionkarta.web.Bounds bounds) {
        this.registry = registry;
        this.clock = clock;
        this.bounds = bounds;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/v1/care-choice-schemes", List.of("region", AS_OF, LIMIT, OFFSET), this::schemes),
                Route.get("/api/v1/care-choice-schemes/{id}", List.of(AS_OF), this::scheme),
                Route.get("/api/v1/care-choice-schemes/{id}/example", List.of(YEAR, MONTH), this::example),
                Route.post("/api/v1/compensations", List.of(), List.of(RequestBody.JSON), ctx -> {
                    bounds.rates().check(ctx, se.regionkarta.web.RateLimits.Kind.CALCULATION);
                    compensate(ctx);
                }));
    }

    private void schemes(Context ctx) {
        Params p = new Params(ctx, clock);
        Snapshot s = registry.current().snapshot();
        String region = p.reference("region", "region", id -> s.unit(id).filter(u -> u.kind().isTopLevel()).isPresent()).orElse(null);
        LocalDate day = p.asOf();
        CareChoiceQueries register = CareChoiceQueries.of(s);
        List<CareChoiceJson.Scheme> all = s.dataset().all(CareChoiceScheme.class).stream()
                .filter(c -> (region == null || c.regionId().equals(region)) && c.validity().contains(day))
                .map(c -> new CareChoiceJson.Scheme(c, CareChoiceJson.tally(register.tally(c, day)))).toList();
        ctx.json(Page.of(all, p.paging(50, 500), day, ctx));
    }

    private void scheme(Context ctx) {
        Params p = new Params(ctx, clock);
        Snapshot s = registry.current().snapshot();
        CareChoiceScheme c = CareChoiceQueries.of(s).scheme(p.id()).orElseThrow(() -> p.notFound("care-choice scheme"));
        ctx.json(CareChoiceJson.detail(c, s, p.asOf()));
    }

    /** Answers the synthetic example of a year ({@code year}) and one of its months ({@code month}, YYYY-MM). */
    private void example(Context ctx) {
        Params p = new Params(ctx, clock);
        Snapshot s = registry.current().snapshot();
        CareChoiceScheme c = CareChoiceQueries.of(s).scheme(p.id()).orElseThrow(() -> p.notFound("care-choice scheme"));
        YearMonth month = exampleMonth(p);
        ExampleCounty.Example e = examples.example(s, c, month.getYear()).orElseThrow();
        ctx.json(CareChoiceJson.example(e, e.month(month).orElseThrow(), s.nameOf(c.regionId()), s));
    }

    /**
     * Returns the month asked for: {@code month}, or the latest whole month of {@code year}, or the
     * latest whole month of all; a year the illustrative model does not pay is refused.
     */
    private YearMonth exampleMonth(Params p) {
        LocalDate today = LocalDate.now(clock);
        String years = "the example is made for the years " + examples.firstYear() + " to " + CareChoiceExamples.LAST_YEAR;
        Integer year = p.number(YEAR, examples.firstYear(), CareChoiceExamples.LAST_YEAR).orElse(null);
        YearMonth month = p.month(MONTH).orElse(null);
        if (month != null && year != null && month.getYear() != year) {
            throw BadInput.field(MONTH, "must be a month of the year given (" + year + "), got '" + month + "'");
        }
        if (month != null && !examples.covers(month.getYear())) {
            throw BadInput.field(MONTH, years + ", got '" + month + "'");
        }
        YearMonth chosen = month != null ? month : year != null ? CareChoiceExamples.defaultMonth(year, today)
                : CareChoiceExamples.latestWholeMonth(today);
        if (!examples.covers(chosen.getYear())) {
            throw BadInput.field(YEAR, years + "; give year or month (the default, " + chosen + ", is outside them)");
        }
        return chosen;
    }

    /** Settles a month from the files in the body and answers as {@code compensate --format json} does. */
    private void compensate(Context ctx) {
        Request r = request(RequestBody.bytes(ctx));
        CareCompensation.excess(r.texts()).ifPresent(e -> {
            throw new se.regionkarta.web.ApiProblem(se.regionkarta.web.ProblemType.OVER_LIMIT, e.english());
        });
        CareCompensation.Report report = CareCompensation.compensate(r.texts(), r.month(), r.whatIf());
        ctx.json(CompensationJson.of("model", report.model(), report.compensation(), report.whatIf()));
    }

    /** A compensation asked for: the inputs' bytes by name, the month, and the what-if (or null). */
    record Request(Map<String, byte[]> texts, YearMonth month, WhatIf whatIf) {
    }

    /**
     * Reads the body strictly; every problem with its fields is reported at once, each in the field
     * it concerns (each field of the body is an input of its own name).
     */
    static Request request(byte[] body) {
        JsonNode root = RequestBody.jsonObject(body);
        List<Problem> problems = new ArrayList<>();
        root.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                problems.add(Problem.at(Params.shown(name), 0, "not a field of this request, which takes "
                        + String.join(", ", CareCompensation.INPUTS) + ", month, whatIf"));
            }
        });
        Map<String, byte[]> texts = new HashMap<>();
        for (String input : CareCompensation.INPUTS) {
            boolean required = input.equals("model") || input.equals("residents") || input.equals("listings");
            byte[] text = text(root, input, required, problems);
            if (text != null) {
                texts.put(input, text);
            }
        }
        YearMonth month = month(root.get(MONTH), problems);
        WhatIf whatIf = whatIf(root.get("whatIf"), problems);
        if (!problems.isEmpty()) {
            throw new BadInput(problems);
        }
        return new Request(texts, month, whatIf);
    }

    private static byte[] text(JsonNode root, String field, boolean required, List<Problem> problems) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(Problem.at(field, 0, "is required, the " + field + (field.equals("model") ? " file's YAML" : " file's CSV")
                        + " text (docs/carechoice.md)"));
            }
            return null;
        }
        if (!value.isTextual()) {
            problems.add(Problem.at(field, 0, "must be a string holding the file's text"));
            return null;
        }
        return value.asText().getBytes(StandardCharsets.UTF_8);
    }

    private static YearMonth month(JsonNode value, List<Problem> problems) {
        if (value == null || value.isNull()) {
            problems.add(Problem.at(MONTH, 0, "is required, the month to settle (YYYY-MM)"));
            return null;
        }
        if (value.isTextual() && Days.readMonth(value.asText()).isPresent()) {
            return Days.readMonth(value.asText()).get();
        }
        problems.add(Problem.at(MONTH, 0, "a month is written YYYY-MM, got '" + Params.shown(value.isTextual() ? value.asText()
                : value.toString()) + "'"));
        return null;
    }

    private static WhatIf whatIf(JsonNode value, List<Problem> problems) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(Problem.at("whatIf", 0, "must be a string N:A→B:DATE (or N:A->B:DATE)"));
            return null;
        }
        return WhatIf.read(value.asText(), "whatIf", problems);
    }
}
