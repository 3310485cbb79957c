package se.regionkarta.elections.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.regionkarta.cli.Columns;
import se.regionkarta.elections.ElectionReport;

/** Writes an election's seats for people: the whole region, then each constituency with the figure behind every seat. */
final class SeatsText {

    private SeatsText() {
    }

    static void print(ElectionReport r, PrintWriter out) {
        out.printf("%d seats: %d fixed constituency seats and %d adjustment seat%s%n", r.totalSeats(), r.fixedSeats(),
                r.adjustmentSeats(), r.adjustmentSeats() == 1 ? "" : "s");
        out.printf("Threshold %s %% of %d valid votes; ties are drawn with seed %d%n%n", percent(r.thresholdPercent()),
                r.validVotes(), r.seed());
        region(r, out);
        for (ElectionReport.ConstituencyLine c : r.constituencies()) {
            constituency(c, out);
        }
        ties(r, out);
        surplus(r, out);
    }

    private static void region(ElectionReport r, PrintWriter out) {
        out.println("The whole region");
        Columns t = new Columns("party", "votes", "share %", "fixed", "adjustment", "total", "votes for one more seat");
        for (ElectionReport.PartyLine p : r.parties()) {
            if (p.qualified()) {
                t.row(p.party(), p.votes(), p.sharePercent(), p.fixed(), p.adjustment(), p.total(), p.votesForNextSeat());
            }
        }
        t.row("total", r.validVotes(), "", r.fixedSeats(), r.adjustmentSeats(), r.totalSeats(), "");
        t.print(out, "  ");
        List<ElectionReport.PartyLine> below = r.parties().stream().filter(p -> !p.qualified()).toList();
        if (!below.isEmpty()) {
            out.println("  Below the threshold (votes, share %, votes short of it): " + below.stream()
                    .map(p -> p.party() + " " + p.votes() + " (" + p.sharePercent() + " %, " + p.votesForNextSeat() + ")")
                    .collect(Collectors.joining(", ")));
        }
        out.println();
    }

    private static void constituency(ElectionReport.ConstituencyLine c, PrintWriter out) {
        out.printf("%s: %d fixed seats%s, %d valid votes%n", c.name(), c.fixedSeats(),
                c.eligibleVoters() == null ? "" : " (" + c.eligibleVoters() + " eligible voters)", c.validVotes());
        Columns t = new Columns("seat", "party", "comparison figure", "kind");
        c.fixedAwards().forEach(a -> t.row(a.order(), a.party(), a.comparisonFigure(), "fixed"));
        int n = c.fixedAwards().size();
        for (ElectionReport.SeatLine a : c.adjustmentAwards()) {
            t.row(n + a.order(), a.party(), a.comparisonFigure(), "adjustment");
        }
        t.print(out, "  ");
        out.println("  Seats: " + seats(c.seats()) + (c.adjustmentSeats().isEmpty() ? ""
                : "; adjustment seats: " + seats(c.adjustmentSeats())));
        out.println();
    }

    private static void ties(ElectionReport r, PrintWriter out) {
        if (r.ties().isEmpty()) {
            out.println("Ties: none; no seat was decided by lot.");
            return;
        }
        out.println("Ties decided by lot (seed " + r.seed() + "; run again with another --seed to draw again):");
        for (ElectionReport.TieLine t : r.ties()) {
            out.printf("  %s, seat%s %s: %s tied at %s; the lot chose %s%s%n", t.stage(), t.seats() == 1 ? "" : "s", t.seatText(),
                        String.join(", ", t.tied()),
                    t.comparisonFigure(), String.join(", then ", t.chosenInTurn()), t.decisive() ? " (this decided who got the seat)" : " (this decided only the order)");
        }
    }

    private static void surplus(ElectionReport r, PrintWriter out) {
        if (r.surplusReturned().isEmpty()) {
            out.println("Surplus returned: none; no party won more fixed seats than its share of all seats.");
            return;
        }
        out.println("Surplus returned: a party that won more fixed seats than its share of all seats gives back its weakest seat:");
        for (ElectionReport.SurplusLine s : r.surplusReturned()) {
            out.printf("  %s gave back its seat in %s (comparison figure %s); it went to %s (%s)%s%n", s.party(), s.constituency(),
                    s.comparisonFigure(), s.toParty(), s.toComparisonFigure(), s.fromSmallConstituency()
                            ? "; taken from a constituency with fewer than three fixed seats, as the party had no seat in a larger one"
                            : "");
        }
    }

    static String seats(Map<String, Integer> seats) {
        return seats.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    static String percent(double p) {
        return p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p);
    }
}
