package se.regionkarta.elections;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import se.regionkarta.elections.model.CommitteeElection;
import se.regionkarta.elections.model.CommitteeResult;
import se.regionkarta.elections.model.ConstituencyVotes;
import se.regionkarta.elections.model.ElectionInput;
import se.regionkarta.elections.model.Group;
import se.regionkarta.elections.model.RegionalElection;
import se.regionkarta.input.BadInput;
import se.regionkarta.input.Problem;

/**
 * The use cases the command line, the API and the web site share: allocate an assembly's seats
 * from a votes file, and fill a committee from groups of ballots. The model's refusals of what it
 * is given ({@link IllegalArgumentException}) are the input's problems, so they come back as
 * {@link BadInput} naming the input, and the line of the constituency they name where they name one.
 */
public final class Elections {

    /** The largest assembly or committee computed: far above any Swedish one (the Riksdag has 349). */
    public static final int MAX_SEATS = 1000;
    /** All votes together may not exceed this, so that every comparison figure is computed exactly in 64 bits. */
    static final long MAX_TOTAL_VOTES = 10 * Cells.MAX_COUNT;

    private Elections() {
    }

    /**
     * Allocates the seats of an assembly.
     *
     * @param fixedSeats the number of fixed seats, or null to follow from the file or the law's nine tenths
     * @param thresholdPercent the threshold, or null for the regional 3 %
     */
    public static ElectionReport allocateSeats(VotesFile votes, int seats, Integer fixedSeats, BigDecimal thresholdPercent,
            long seed) {
        return allocateSeats(votes, seats, fixedSeats, thresholdPercent, seed, () -> false);
    }

    /**
     * Allocates the seats of an assembly, asking {@code stop} before each seat; when it says true the
     * allocation ends with a {@link java.util.concurrent.CancellationException} (a request's time limit).
     */
    public static ElectionReport allocateSeats(VotesFile votes, int seats, Integer fixedSeats, BigDecimal thresholdPercent,
            long seed, BooleanSupplier stop) {
        requireSeats(seats);
        long total = votes.constituencies().stream().mapToLong(ConstituencyVotes::totalVotes).sum();
        if (total > MAX_TOTAL_VOTES) {
            throw new BadInput(votes.problem(0, "the votes add up to " + total + ", more than the " + MAX_TOTAL_VOTES
                    + " this calculator takes"));
        }
        try {
            ElectionInput input = new ElectionInput(votes.constituencies(), seats, fixedSeats, thresholdPercent);
            return ElectionReport.of(RegionalElection.allocate(input, seed, stop));
        } catch (IllegalArgumentException e) {
            throw new BadInput(votes.problem(lineNamed(e.getMessage(), votes.firstLines()), e.getMessage()));
        }
    }

    /** Fills a committee proportionally from groups that were not read from a named input. */
    public static CommitteeReport fillCommittee(List<Group> groups, int seats, long seed, Integer present) {
        return fillCommittee(groups, null, seats, seed, present);
    }

    /**
     * Fills a committee proportionally.
     *
     * @param input the name of the input the groups were read from, which refusals name
     * @param present the members present, or null; when given, the report also says how many of
     *     them must ask for a proportional election
     */
    public static CommitteeReport fillCommittee(List<Group> groups, String input, int seats, long seed, Integer present) {
        return fillCommittee(groups, input, seats, seed, present, () -> false);
    }

    /**
     * Fills a committee proportionally, asking {@code stop} before each seat; when it says true the
     * election ends with a {@link java.util.concurrent.CancellationException} (a request's time limit).
     */
    public static CommitteeReport fillCommittee(List<Group> groups, String input, int seats, long seed, Integer present,
            BooleanSupplier stop) {
        requireSeats(seats);
        try {
            CommitteeResult r = CommitteeElection.allocate(groups, seats, seed, stop);
            Integer needed = present == null ? null : CommitteeElection.membersNeededToRequest(present, seats);
            return CommitteeReport.of(groups, r, present, needed);
        } catch (IllegalArgumentException e) {
            throw new BadInput(Problem.at(input, 0, e.getMessage()));
        }
    }

    private static void requireSeats(int seats) {
        if (seats < 1 || seats > MAX_SEATS) {
            throw BadInput.field("seats", "the number of seats must be from 1 to " + MAX_SEATS + ", got " + seats);
        }
    }

    /** Returns the first line of the constituency a message names (the longest name found in it as a word), or 0. */
    static int lineNamed(String message, Map<String, Integer> firstLines) {
        String text = String.valueOf(message);
        return firstLines.entrySet().stream()
                .filter(e -> java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(e.getKey())
                        + "(?![\\p{L}\\p{N}])").matcher(text).find())
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(Map.Entry::getValue).orElse(0);
    }
}
