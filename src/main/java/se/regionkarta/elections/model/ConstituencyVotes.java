package se.regionkarta.elections.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The votes of one constituency (valkrets), with what decides its number of fixed seats.
 *
 * @param eligibleVoters people entitled to vote on 1 March of the election year, or null
 * @param fixedSeats the constituency's fixed seats when already decided, or null
 * @param votes valid votes per party, all parties (also those below the threshold)
 */
public record ConstituencyVotes(String name, Long eligibleVoters, Integer fixedSeats, Map<String, Long> votes) {

    public ConstituencyVotes {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a constituency needs a name");
        }
        if (eligibleVoters != null && eligibleVoters < 0) {
            throw new IllegalArgumentException("constituency " + name + ": eligible voters cannot be negative");
        }
        if (fixedSeats != null && fixedSeats < 0) {
            throw new IllegalArgumentException("constituency " + name + ": fixed seats cannot be negative");
        }
        Objects.requireNonNull(votes, "votes");
        votes.forEach((party, n) -> {
            if (party == null || party.isBlank()) {
                throw new IllegalArgumentException("constituency " + name + ": a party needs a name");
            }
            if (n == null || n < 0) {
                throw new IllegalArgumentException("constituency " + name + ": votes for " + party + " cannot be negative");
            }
        });
        votes = Collections.unmodifiableMap(new LinkedHashMap<>(votes));
    }

    public long totalVotes() {
        return votes.values().stream().mapToLong(Long::longValue).sum();
    }
}
