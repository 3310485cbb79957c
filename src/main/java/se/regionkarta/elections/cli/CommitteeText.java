package se.regionkarta.elections.cli;

import java.io.PrintWriter;
import se.regionkarta.cli.Columns;
import se.regionkarta.elections.CommitteeReport;
import se.regionkarta.elections.ElectionReport;

/** Writes a proportional election's seats for people: per group, the order of the seats, joint lists and ties. */
final class CommitteeText {

    private CommitteeText() {
    }

    static void print(CommitteeReport r, PrintWriter out) {
        out.printf("%d seats by the largest-number method (d'Hondt); ties are drawn with seed %d%n%n", r.totalSeats(), r.seed());
        Columns groups = new Columns("group", "ballots", "joint list", "seats");
        r.groups().forEach(g -> groups.row(g.group(), g.ballots(), g.cartel() == null ? "–" : g.cartel(), g.seats()));
        groups.print(out, "  ");
        out.println();
        out.println("Seats between the lists, in order");
        Columns order = new Columns("seat", "list", "comparison figure");
        r.awards().forEach(a -> order.row(a.order(), a.list(), a.comparisonFigure()));
        order.print(out, "  ");
        for (CommitteeReport.CartelLine c : r.cartels()) {
            out.println();
            out.printf("Joint list %s (%d ballots, %d seats), shared between its groups:%n", c.cartel(), c.ballots(), c.seats());
            Columns inner = new Columns("seat", "group", "comparison figure");
            c.awards().forEach(a -> inner.row(a.order(), a.list(), a.comparisonFigure()));
            inner.print(out, "  ");
        }
        out.println();
        if (r.ties().isEmpty()) {
            out.println("Ties: none; no seat was decided by lot.");
        } else {
            out.println("Ties decided by lot (seed " + r.seed() + "):");
            for (ElectionReport.TieLine t : r.ties()) {
                out.printf("  %s, seat%s %s: %s tied at %s; the lot chose %s%s%n", t.stage(), t.seats() == 1 ? "" : "s", t.seatText(),
                        String.join(", ", t.tied()),
                        t.comparisonFigure(), String.join(", then ", t.chosenInTurn()), t.decisive() ? " (this decided who got the seat)"
                                : " (this decided only the order)");
            }
        }
        if (r.membersNeededToRequest() != null) {
            out.printf("%nWith %d members present, %d of them must ask for the election to be proportional "
                    + "(members present ÷ (seats + 1), rounded up; Act 1992:339, 2 §).%n", r.membersPresent(),
                    r.membersNeededToRequest());
        }
    }
}
