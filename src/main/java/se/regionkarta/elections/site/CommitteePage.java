package se.regionkarta.elections.site;

import java.util.List;
import java.util.Map;
import se.regionkarta.elections.CommitteeReport;
import se.regionkarta.site.CalculatorForm;
import se.regionkarta.site.Crumb;
import se.regionkarta.site.Shell;
import se.regionkarta.site.SitePage;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;

/**
 * The committee calculator ({@code /val/namnd}): the groups of ballots, the seats each group won by
 * the largest-number method, joint lists, the seats in order, ties, and how many members must ask
 * for a proportional election.
 *
 * @param result the seats, or null before anything is computed or when the input has problems
 */
public record CommitteePage(Shell shell, Map<String, String> form, List<CalculatorForm.Problem> problems, Result result)
        implements SitePage {

    /** The seats computed. */
    public record Result(int total, List<CommitteeReport.GroupLine> groups, List<CommitteeReport.CartelLine> cartels,
            List<CommitteeReport.SeatLine> awards, List<Txt> ties, String needed) {
    }

    static CommitteePage build(SiteRequest req, CalculatorForm form, CommitteeReport r) {
        Shell shell = Shell.of(req, req.t("committee.title"), null, new Crumb(new Txt(req.t("election.title"), null),
                req.href("/val")));
        Result result = r == null ? null : new Result(r.totalSeats(), r.groups(), r.cartels(), r.awards(),
                ElectionPage.ties(r.ties(), r.seed(), req), r.membersNeededToRequest() == null ? null
                        : req.t("committee.needed", r.membersPresent(), r.membersNeededToRequest()));
        return new CommitteePage(shell, form.fields(), form.problems(), result);
    }
}
