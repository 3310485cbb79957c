package se.regionkarta.elections.site;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.regionkarta.elections.CommitteeReport;
import se.regionkarta.elections.ElectionReport;
import se.regionkarta.elections.Elections;
import se.regionkarta.elections.GroupsCsv;
import se.regionkarta.elections.RequestLimits;
import se.regionkarta.elections.VotesCsv;
import se.regionkarta.elections.VotesFile;
import se.regionkarta.site.CalculatorForm;
import se.regionkarta.site.Site;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.web.RateLimits;
import se.regionkarta.web.TimeLimit;
import se.regionkarta.web.WebServer;

/**
 * The election calculators of the site (issue 4): GET shows the form with an example, POST computes
 * and shows the form again with the result, or (through the site's one answer to refused input,
 * {@code SiteErrors}) with every problem beside its field, status 400. Works without JavaScript: a
 * text area, a file field and a submit button.
 */
public final class Calculators implements WebServer.RouteGroup {

    static final String EXAMPLE = "/elections/2022-ostergotland-votes.csv";
    private static final List<String> ELECTION_FIELDS = List.of("votes", "seats", "threshold", "fixedSeats", "seed");
    private static final List<String> COMMITTEE_FIELDS = List.of("groups", "seats", "seed", "present");

    private final Site site;

    public Calculators(Site site) {
        this.site = site;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before("/val", site.bounds().rates().before(RateLimits.Kind.CALCULATION));
        routes.before("/val/namnd", site.bounds().rates().before(RateLimits.Kind.CALCULATION));
        routes.get("/val", this::electionForm);
        routes.post("/val", this::election);
        routes.get("/val/namnd", this::committeeForm);
        routes.post("/val/namnd", this::committee);
    }

    void electionForm(Context ctx) {
        SiteRequest req = site.request(ctx);
        Map<String, String> example = new LinkedHashMap<>(Map.of("votes", CalculatorForm.resource(EXAMPLE), "seats", "101", "threshold", "3",
                "fixedSeats", "", "seed", "1"));
        site.render(ctx, "elections/election", ElectionPage.build(req, CalculatorForm.of(req, example), exampleSource(), null, site.snapshot()));
    }

    void election(Context ctx) {
        SiteRequest req = site.request(ctx);
        CalculatorForm form = CalculatorForm.read(ctx, req, ELECTION_FIELDS);
        form.showAgainWhenRefused(ctx, "elections/election", () -> ElectionPage.build(req, form, exampleSource(), null, site.snapshot()));
        ElectionReport report = allocate(form, site.bounds().time());
        site.render(ctx, "elections/election", ElectionPage.build(req, form, exampleSource(), report, site.snapshot()));
    }

    void committeeForm(Context ctx) {
        SiteRequest req = site.request(ctx);
        Map<String, String> example = new LinkedHashMap<>(Map.of("groups", CalculatorForm.resource("/elections/committee-example.csv"),
                "seats", "15", "seed", "1", "present", "101"));
        site.render(ctx, "elections/committee", CommitteePage.build(req, CalculatorForm.of(req, example), null));
    }

    void committee(Context ctx) {
        SiteRequest req = site.request(ctx);
        CalculatorForm form = CalculatorForm.read(ctx, req, COMMITTEE_FIELDS);
        form.showAgainWhenRefused(ctx, "elections/committee", () -> CommitteePage.build(req, form, null));
        CommitteeReport report = fill(form, site.bounds().time());
        site.render(ctx, "elections/committee", CommitteePage.build(req, form, report));
    }

    /** Allocates the seats; a field or the votes refused end the request, and the form is shown again with every problem. */
    private static ElectionReport allocate(CalculatorForm form, TimeLimit time) {
        form.requireOk();
        Integer seats = form.number("seats", "election.seats", 1, Elections.MAX_SEATS, false);
        var threshold = form.percent("threshold", "election.threshold");
        Integer fixed = form.number("fixedSeats", "election.fixed", 1, Elections.MAX_SEATS, true);
        long seed = form.seed("seed");
        byte[] csv = form.csv("votes");
        VotesFile votes = VotesCsv.read(csv, "votes"); // read even when a number is wrong, to show every problem at once
        form.showUpload("votes", new String(csv, StandardCharsets.UTF_8));
        form.requireOk();
        form.refuseOverLimit(RequestLimits.of(votes, "votes"));
        return time.run(stop -> Elections.allocateSeats(votes, seats, fixed, threshold, seed, stop));
    }

    /** Fills the committee; a field or the groups refused end the request, and the form is shown again with every problem. */
    private static CommitteeReport fill(CalculatorForm form, TimeLimit time) {
        form.requireOk();
        Integer seats = form.number("seats", "committee.seats", 1, Elections.MAX_SEATS, false);
        Integer present = form.number("present", "committee.present", 1, 100_000, true);
        long seed = form.seed("seed");
        byte[] csv = form.csv("groups");
        var groups = GroupsCsv.read(csv, "groups"); // read even when a number is wrong, to show every problem at once
        form.showUpload("groups", new String(csv, StandardCharsets.UTF_8));
        form.requireOk();
        form.refuseOverLimit(RequestLimits.of(groups, "groups"));
        return time.run(stop -> Elections.fillCommittee(groups, "groups", seats, seed, present, stop));
    }

    private static String exampleSource() {
        return CalculatorForm.resource("/elections/2022-ostergotland-votes.source.txt").strip();
    }

}
