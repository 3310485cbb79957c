package se.regionkarta.elections;

import java.util.List;
import java.util.Map;
import se.regionkarta.elections.model.ConstituencyVotes;
import se.regionkarta.input.Problem;

/**
 * Votes as read: the constituencies in the order they first appear, and where each is written (to
 * point at it when the allocation refuses it).
 *
 * @param input the name of the input the votes were read from, which refusals name (null when it has none)
 * @param firstLines the line of the file each constituency first appears on; or, when {@code list} is
 *     given, its position in that list, 1 for the first
 * @param list the name of the list the constituencies were given in (JSON's {@code constituencies}), or null for a file
 */
public record VotesFile(List<ConstituencyVotes> constituencies, Map<String, Integer> firstLines, String input, String list) {

    public VotesFile {
        constituencies = List.copyOf(constituencies);
        firstLines = Map.copyOf(firstLines);
    }

    /** Returns votes read from a file (or text) called {@code input}. */
    public static VotesFile ofFile(List<ConstituencyVotes> constituencies, Map<String, Integer> firstLines, String input) {
        return new VotesFile(constituencies, firstLines, input, null);
    }

    /** Returns a problem with the constituency written at {@code at} (a line, or a position in the list), or with the whole when 0. */
    Problem problem(int at, String message) {
        if (at > 0 && list != null) {
            return new Problem(input, 0, list + "[" + (at - 1) + "]", message);
        }
        return Problem.at(input, at, message);
    }
}
