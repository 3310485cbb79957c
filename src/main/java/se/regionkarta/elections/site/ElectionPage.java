package se.regionkarta.elections.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.regionkarta.elections.ElectionReport;
import se.regionkarta.politics.PoliticsQueries;
import se.regionkarta.politics.model.Party;
import se.regionkarta.site.CalculatorForm;
import se.regionkarta.site.Fmt;
import se.regionkarta.site.Hemicycle;
import se.regionkarta.site.Lang;
import se.regionkarta.site.Shell;
import se.regionkarta.site.SitePage;
import se.regionkarta.site.SiteRequest;
import se.regionkarta.site.Txt;
import se.regionkarta.snapshot.Snapshot;

/**
 * The election calculator ({@code /val}): the form with what the reader sent (or the Östergötland
 * 2022 example), the problems found in it, and the seats computed: per party with a hemicycle, per
 * constituency, the comparison figure of every seat, ties, surplus returned and close seats.
 *
 * @param result the seats, or null before anything is computed or when the input has problems
 */
public record ElectionPage(Shell shell, Map<String, String> form, List<CalculatorForm.Problem> problems, String exampleSource,
        Result result) implements SitePage {

    /** The seats computed. */
    public record Result(String summary, Hemicycle diagram, String diagramTitle, int total, List<PartyRow> parties,
            String below, List<Txt> close, List<String> partyColumns, List<ConstituencyRow> constituencies,
            List<Figures> figures, List<Txt> ties, List<Txt> surplus) {
    }

    /** A party that reached the threshold. */
    public record PartyRow(String id, Txt name, String colour, String votes, String share, int fixed, int adjustment, int total,
            String votesForNextSeat) {
    }

    /** A constituency's seats: its fixed seats and, per party column, "fixed + adjustment". */
    public record ConstituencyRow(String name, int fixedSeats, List<String> cells) {
    }

    /** The seats of one constituency in the order they were given, with their comparison figures. */
    public record Figures(String id, String name, List<Seat> seats) {
    }

    /** One seat in a constituency. */
    public record Seat(int order, String party, String figure, String kind) {
    }

    /** Builds the page; {@code report} is null when nothing was computed. */
    static ElectionPage build(SiteRequest req, CalculatorForm form, String exampleSource, ElectionReport report, Snapshot s) {
        Shell shell = Shell.of(req, req.t("election.title"), null);
        return new ElectionPage(shell, form.fields(), form.problems(), exampleSource, report == null ? null : result(report, s, req));
    }

    private static Result result(ElectionReport r, Snapshot s, SiteRequest req) {
        Lang lang = req.lang();
        List<ElectionReport.PartyLine> seated = r.parties().stream().filter(ElectionReport.PartyLine::qualified).toList();
        Colours colours = new Colours(s);
        List<PartyRow> parties = seated.stream().map(p -> new PartyRow(p.party(), name(p.party(), s, req), colours.of(p.party()),
                Fmt.number(p.votes(), lang), Fmt.number(p.sharePercent(), lang) + "\u00a0%", p.fixed(), p.adjustment(), p.total(),
                Fmt.number(p.votesForNextSeat(), lang))).toList();
        Hemicycle diagram = Hemicycle.of(parties.stream().filter(p -> p.total() > 0)
                .map(p -> new Hemicycle.Group(p.id(), p.total(), p.colour())).toList());
        String line = parties.stream().filter(p -> p.total() > 0).map(p -> p.id() + " " + p.total())
                .collect(Collectors.joining(", ")) + " (" + r.totalSeats() + ")";
        String below = r.parties().stream().filter(p -> !p.qualified())
                .map(p -> p.party() + " " + Fmt.number(p.sharePercent(), lang) + "\u00a0%").collect(Collectors.joining(", "));
        List<String> columns = parties.stream().filter(p -> p.total() > 0).map(PartyRow::id).toList();
        List<ConstituencyRow> rows = r.constituencies().stream().map(c -> new ConstituencyRow(c.name(), c.fixedSeats(),
                columns.stream().map(p -> cell(c.seats().getOrDefault(p, 0), c.adjustmentSeats().getOrDefault(p, 0))).toList()))
                .toList();
        List<Figures> figures = new ArrayList<>();
        for (int i = 0; i < r.constituencies().size(); i++) {
            figures.add(figures(r.constituencies().get(i), "valkrets-" + (i + 1), req));
        }
        String summary = req.t("election.summary", r.totalSeats(), r.fixedSeats(), r.adjustmentSeats(),
                Fmt.number(java.math.BigDecimal.valueOf(r.thresholdPercent()), lang), Fmt.number(r.validVotes(), lang));
        return new Result(summary, diagram, req.t("election.diagram", line), r.totalSeats(), parties,
                below.isEmpty() ? null : below, close(r, req), columns, rows, figures, ties(r.ties(), r.seed(), req),
                surplus(r, req));
    }

    private static Txt name(String party, Snapshot s, SiteRequest req) {
        return req.swedish(PoliticsQueries.of(s).party(party).map(Party::name).orElse(party));
    }

    private static String cell(int fixed, int adjustment) {
        return adjustment == 0 ? String.valueOf(fixed) : fixed + " + " + adjustment;
    }

    private static Figures figures(ElectionReport.ConstituencyLine c, String id, SiteRequest req) {
        List<Seat> seats = new ArrayList<>();
        c.fixedAwards().forEach(a -> seats.add(new Seat(a.order(), a.party(), Fmt.number(a.comparisonFigure(), req.lang()),
                req.t("election.kind.fixed"))));
        int n = c.fixedAwards().size();
        c.adjustmentAwards().forEach(a -> seats.add(new Seat(n + a.order(), a.party(), Fmt.number(a.comparisonFigure(),
                req.lang()), req.t("election.kind.adjustment"))));
        return new Figures(id, c.name(), seats);
    }

    /** Lists how close each party came to one more seat (or to the threshold), the closest first. */
    private static List<Txt> close(ElectionReport r, SiteRequest req) {
        return r.parties().stream().filter(p -> p.qualified() || p.sharePercent().signum() > 0)
                .sorted(Comparator.comparingLong(ElectionReport.PartyLine::votesForNextSeat)).limit(12)
                .map(p -> new Txt(p.qualified()
                        ? req.t("election.close-item", p.party(), Fmt.number(p.votesForNextSeat(), req.lang()), p.total() + 1)
                        : req.t("election.close-threshold", p.party(), Fmt.number(p.votesForNextSeat(), req.lang())), null))
                .toList();
    }

    static List<Txt> ties(List<ElectionReport.TieLine> ties, long seed, SiteRequest req) {
        return ties.stream().map(t -> new Txt(req.t("election.tie", Stages.name(t.stage(), req).text(), t.seatText(),
                String.join(", ", t.tied()), Fmt.number(t.comparisonFigure(), req.lang()), seed,
                String.join(req.t("election.tie-then"), t.chosenInTurn())) + " "
                + req.t(t.decisive() ? "election.tie-decisive" : "election.tie-order"), null)).toList();
    }

    private static List<Txt> surplus(ElectionReport r, SiteRequest req) {
        return r.surplusReturned().stream().map(x -> new Txt(req.t("election.surplus-item", x.party(), x.constituency(),
                Fmt.number(x.comparisonFigure(), req.lang()), x.toParty(), Fmt.number(x.toComparisonFigure(), req.lang()))
                + (x.fromSmallConstituency() ? " " + req.t("election.surplus-small") : ""), null)).toList();
    }

    /** Colours for parties: the registry's where it knows the party, else a distinct one from a fixed list. */
    static final class Colours {
        private static final List<String> SPARE = List.of("#6b4c9a", "#c46210", "#00838f", "#8d6e63", "#ad1457", "#455a64",
                "#9e9d24", "#1565c0");
        private final Snapshot s;
        private int next;

        Colours(Snapshot s) {
            this.s = s;
        }

        String of(String party) {
            return PoliticsQueries.of(s).party(party).map(Party::colour).filter(c -> c != null).orElseGet(() -> SPARE.get(next++ % SPARE.size()));
        }
    }
}
