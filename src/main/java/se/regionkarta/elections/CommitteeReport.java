package se.regionkarta.elections;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.regionkarta.elections.model.Award;
import se.regionkarta.elections.model.CommitteeResult;
import se.regionkarta.elections.model.Group;

/**
 * A proportional election's seats as the command line ({@code --format json}) and the API answer
 * them: seats per group, the joint lists and how they shared their seats, the seats in order with
 * their comparison figures, and the ties drawn.
 *
 * @param membersPresent the members present, when given, and then
 * @param membersNeededToRequest how many of them must ask for the election to be proportional
 */
public record CommitteeReport(int totalSeats, long seed, List<GroupLine> groups, List<CartelLine> cartels,
        List<SeatLine> awards, List<ElectionReport.TieLine> ties, Integer membersPresent, Integer membersNeededToRequest) {

    public CommitteeReport {
        groups = List.copyOf(groups);
        cartels = List.copyOf(cartels);
        awards = List.copyOf(awards);
        ties = List.copyOf(ties);
    }

    /** One group of ballots and the seats it won. */
    public record GroupLine(String group, long ballots, String cartel, int seats) {
    }

    /** A joint list: its groups' ballots together, its seats, and how its groups shared them. */
    public record CartelLine(String cartel, long ballots, int seats, List<SeatLine> awards) {
    }

    /** One seat between the lists (a cartel or a group standing alone): order, list and comparison figure. */
    public record SeatLine(int order, String list, BigDecimal comparisonFigure) {

        static SeatLine of(Award a) {
            return new SeatLine(a.order(), a.party(), a.figure().value());
        }
    }

    /** Builds the report; {@code present} is null when the members present were not given. */
    public static CommitteeReport of(List<Group> groups, CommitteeResult r, Integer present, Integer needed) {
        List<GroupLine> lines = groups.stream().map(g -> new GroupLine(g.name(), g.ballots(), g.cartel(),
                r.seats().getOrDefault(g.name(), 0))).toList();
        Map<String, Long> cartelBallots = new LinkedHashMap<>();
        groups.stream().filter(g -> g.cartel() != null).forEach(g -> cartelBallots.merge(g.cartel(), g.ballots(), Long::sum));
        List<CartelLine> cartels = new ArrayList<>();
        cartelBallots.forEach((c, ballots) -> {
            List<Award> inner = r.withinCartels().getOrDefault(c, List.of());
            cartels.add(new CartelLine(c, ballots, inner.size(), inner.stream().map(SeatLine::of).toList()));
        });
        return new CommitteeReport(r.totalSeats(), r.seed(), lines, cartels, r.awards().stream().map(SeatLine::of).toList(),
                r.ties().stream().map(ElectionReport.TieLine::of).toList(), present, needed);
    }
}
