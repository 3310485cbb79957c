package se.regionkarta.elections;

import java.util.List;
import java.util.Map;
import se.regionkarta.elections.model.ConstituencyVotes;

/**
 * A votes file as read: the constituencies in the order they first appear, and the line each
 * constituency first appears on (to point at it when the allocation refuses it).
 */
public record VotesFile(List<ConstituencyVotes> constituencies, Map<String, Integer> firstLines) {

    public VotesFile {
        constituencies = List.copyOf(constituencies);
        firstLines = Map.copyOf(firstLines);
    }
}
