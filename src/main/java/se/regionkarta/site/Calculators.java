package se.regionkarta.site;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.regionkarta.elections.BadInput;
import se.regionkarta.elections.CommitteeReport;
import se.regionkarta.elections.ElectionReport;
import se.regionkarta.elections.Elections;
import se.regionkarta.elections.GroupsCsv;
import se.regionkarta.elections.VotesCsv;
import se.regionkarta.elections.VotesFile;
import se.regionkarta.web.LiveRegistry;

/**
 * The election calculators of the site (issue 4): GET shows the form with an example, POST computes
 * and shows the form again with the result, or with the problems beside it (status 400). Works
 * without JavaScript: a text area, a file field and a submit button.
 */
final class Calculators {

    static final String EXAMPLE = "/elections/2022-ostergotland-votes.csv";
    private static final List<String> ELECTION_FIELDS = List.of("votes", "seats", "threshold", "fixedSeats", "seed");
    private static final List<String> COMMITTEE_FIELDS = List.of("groups", "seats", "seed", "present");

    private final Pages pages;
    private final LiveRegistry registry;

    Calculators(Pages pages, LiveRegistry registry) {
        this.pages = pages;
        this.registry = registry;
    }

    void electionForm(Context ctx) {
        SiteRequest req = SiteRequest.of(ctx);
        Map<String, String> example = new LinkedHashMap<>(Map.of("votes", resource(EXAMPLE), "seats", "101", "threshold", "3",
                "fixedSeats", "", "seed", "1"));
        pages.render(ctx, "election", ElectionPage.build(req, ElectionForm.of(req, example), exampleSource(), null, snapshot()));
    }

    void election(Context ctx) {
        SiteRequest req = SiteRequest.of(ctx);
        ElectionForm form = ElectionForm.read(ctx, req, ELECTION_FIELDS);
        ElectionReport report = form.ok() ? allocate(form) : null;
        ctx.status(report == null ? 400 : 200);
        pages.render(ctx, "election", ElectionPage.build(req, form, exampleSource(), report, snapshot()));
    }

    void committeeForm(Context ctx) {
        SiteRequest req = SiteRequest.of(ctx);
        Map<String, String> example = new LinkedHashMap<>(Map.of("groups", resource("/elections/committee-example.csv"),
                "seats", "15", "seed", "1", "present", "101"));
        pages.render(ctx, "committee", CommitteePage.build(req, ElectionForm.of(req, example), null));
    }

    void committee(Context ctx) {
        SiteRequest req = SiteRequest.of(ctx);
        ElectionForm form = ElectionForm.read(ctx, req, COMMITTEE_FIELDS);
        CommitteeReport report = form.ok() ? fill(form) : null;
        ctx.status(report == null ? 400 : 200);
        pages.render(ctx, "committee", CommitteePage.build(req, form, report));
    }

    private static ElectionReport allocate(ElectionForm form) {
        Integer seats = form.number("seats", "election.seats", 1, Elections.MAX_SEATS, false);
        var threshold = form.percent("threshold", "election.threshold");
        Integer fixed = form.number("fixedSeats", "election.fixed", 1, Elections.MAX_SEATS, true);
        long seed = form.seed("seed");
        byte[] csv = form.csv("votes");
        try {
            VotesFile votes = VotesCsv.read(csv); // read even when a number is wrong, to show every problem at once
            form.showUpload("votes", new String(csv, StandardCharsets.UTF_8));
            return form.ok() ? Elections.allocateSeats(votes, seats, fixed, threshold, seed) : null;
        } catch (BadInput e) {
            form.add(e, "votes");
            return null;
        }
    }

    private static CommitteeReport fill(ElectionForm form) {
        Integer seats = form.number("seats", "committee.seats", 1, Elections.MAX_SEATS, false);
        Integer present = form.number("present", "committee.present", 1, 100_000, true);
        long seed = form.seed("seed");
        byte[] csv = form.csv("groups");
        try {
            var groups = GroupsCsv.read(csv);
            form.showUpload("groups", new String(csv, StandardCharsets.UTF_8));
            return form.ok() ? Elections.fillCommittee(groups, seats, seed, present) : null;
        } catch (BadInput e) {
            form.add(e, "groups");
            return null;
        }
    }

    private se.regionkarta.snapshot.Snapshot snapshot() {
        return registry.current().snapshot();
    }

    private static String exampleSource() {
        return resource("/elections/2022-ostergotland-votes.source.txt").strip();
    }

    static String resource(String path) {
        try (InputStream in = Calculators.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
