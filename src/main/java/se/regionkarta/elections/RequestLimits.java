package se.regionkarta.elections;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.regionkarta.elections.model.ConstituencyVotes;
import se.regionkarta.elections.model.Group;
import se.regionkarta.input.Excess;

/**
 * The most the election calculators take from one request to the API or the site (docs/security.md,
 * "Limits per request"); the command line takes any size. Far above any Swedish case (21 regions,
 * about ten parties, constituencies of a region or the Riksdag's 29, committees of a few hundred
 * groups at most) and low enough that one request stays well under a second of work and a few
 * megabytes of answer. The engines know nothing of them (docs/decisions/0025).
 */
public final class RequestLimits {

    /** Groups of ballots in one committee election. */
    public static final int MAX_GROUPS = 1000;
    /** Parties in one votes file. */
    public static final int MAX_PARTIES = 200;
    /** Constituencies in one votes file. */
    public static final int MAX_CONSTITUENCIES = 100;

    private RequestLimits() {
    }

    /** Returns what in the votes is over a limit, if anything. */
    public static Optional<Excess> of(VotesFile votes, String input) {
        List<ConstituencyVotes> all = votes.constituencies();
        if (all.size() > MAX_CONSTITUENCIES) {
            return Optional.of(new Excess(input, "constituencies", MAX_CONSTITUENCIES, all.size(), "seats"));
        }
        Set<String> parties = new HashSet<>();
        all.forEach(c -> parties.addAll(c.votes().keySet()));
        return parties.size() > MAX_PARTIES ? Optional.of(new Excess(input, "parties", MAX_PARTIES, parties.size(), "seats"))
                : Optional.empty();
    }

    /** Returns what in the groups is over a limit, if anything. */
    public static Optional<Excess> of(List<Group> groups, String input) {
        return groups.size() > MAX_GROUPS ? Optional.of(new Excess(input, "groups", MAX_GROUPS, groups.size(), "committee-seats"))
                : Optional.empty();
    }
}
