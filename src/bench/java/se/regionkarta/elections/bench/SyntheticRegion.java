package se.regionkarta.elections.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import se.regionkarta.elections.model.ConstituencyVotes;
import se.regionkarta.elections.model.ElectionInput;

/**
 * A made-up region the size of Västra Götaland's assembly: 149 seats, 12 constituencies of 40 000 to
 * 250 000 eligible voters, eight parties with the shares of a recent regional election (varied by
 * constituency) and six small parties below the threshold. Deterministic: the same seed gives the
 * same region.
 *
 * @param votes votes[constituency][party]
 */
record SyntheticRegion(List<String> parties, List<String> constituencies, long[] eligible, long[][] votes, int seats) {

    static final List<String> PARTIES = List.of("S", "M", "SD", "V", "C", "KD", "L", "MP", "Small1", "Small2", "Small3",
            "Small4", "Small5", "Small6");
    private static final double[] SHARES = {0.31, 0.19, 0.17, 0.08, 0.07, 0.06, 0.05, 0.045, 0.012, 0.008, 0.006, 0.004,
        0.002, 0.001};

    static SyntheticRegion of(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 12;
        long[] eligible = new long[n];
        long[][] votes = new long[n][PARTIES.size()];
        List<String> names = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            names.add("Valkrets " + (c + 1));
            eligible[c] = 40_000 + random.nextInt(210_000);
            double turnout = 0.78 + random.nextDouble() * 0.1;
            for (int p = 0; p < PARTIES.size(); p++) {
                double local = SHARES[p] * (0.7 + random.nextDouble() * 0.6); // strong here, weak there
                votes[c][p] = Math.round(eligible[c] * turnout * local);
            }
        }
        return new SyntheticRegion(PARTIES, names, eligible, votes, 149);
    }

    /** Returns a copy where a share of one party's votes in one constituency moved to another party: one what-if. */
    SyntheticRegion moved(SplittableRandom random) {
        long[][] copy = new long[votes.length][];
        for (int c = 0; c < votes.length; c++) {
            copy[c] = votes[c].clone();
        }
        int c = random.nextInt(votes.length);
        int from = random.nextInt(8);
        int to = random.nextInt(parties.size());
        long moved = Math.round(copy[c][from] * random.nextDouble() * 0.2);
        copy[c][from] -= moved;
        copy[c][to] += moved;
        return new SyntheticRegion(parties, constituencies, eligible, copy, seats);
    }

    /** Returns the region as the model's input: fixed seats follow from the eligible voters (nine tenths, 134). */
    ElectionInput input() {
        List<ConstituencyVotes> list = new ArrayList<>();
        for (int c = 0; c < constituencies.size(); c++) {
            Map<String, Long> byParty = new LinkedHashMap<>();
            for (int p = 0; p < parties.size(); p++) {
                byParty.put(parties.get(p), votes[c][p]);
            }
            list.add(new ConstituencyVotes(constituencies.get(c), eligible[c], null, byParty));
        }
        return new ElectionInput(list, seats, null, ElectionInput.REGIONAL_THRESHOLD);
    }
}
