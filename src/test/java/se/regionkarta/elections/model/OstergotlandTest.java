package se.regionkarta.elections.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The 2022 election to the regional assembly of Östergötland (final count, Valmyndigheten): the
 * method must give the official seats per party from the votes, and the published fixed seats per
 * constituency from the eligible voters.
 */
class OstergotlandTest {

    static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = OstergotlandTest.class.getResourceAsStream("/elections/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).filter(l -> !l.isBlank())
                    .map(l -> l.split(",", -1)).toList();
        }
    }

    /** Reads the votes file; with {@code keepFixed} false the published fixed seats are left out. */
    static ElectionInput input(boolean keepFixed) throws IOException {
        Map<String, Map<String, Long>> votes = new LinkedHashMap<>();
        Map<String, String[]> meta = new LinkedHashMap<>();
        for (String[] r : rows("2022-ostergotland-votes.csv")) {
            votes.computeIfAbsent(r[0], k -> new LinkedHashMap<>()).put(r[3], Long.parseLong(r[4]));
            meta.put(r[0], r);
        }
        List<ConstituencyVotes> constituencies = votes.entrySet().stream().map(e -> new ConstituencyVotes(e.getKey(),
                Long.parseLong(meta.get(e.getKey())[1]), keepFixed ? Integer.valueOf(meta.get(e.getKey())[2]) : null,
                e.getValue())).toList();
        return new ElectionInput(constituencies, 101, null, ElectionInput.REGIONAL_THRESHOLD);
    }

    @Test
    @DisplayName("the votes give the official seats per party: S 32, M 22, SD 16, V 9, KD 8, C 6, L 5, MP 3")
    void officialSeats() throws IOException {
        ElectionResult result = RegionalElection.allocate(input(true), 1);

        Map<String, Integer> expected = rows("2022-ostergotland-expected.csv").stream()
                .collect(Collectors.toMap(r -> r[0], r -> Integer.parseInt(r[1])));
        Map<String, Integer> actual = result.parties().stream().filter(p -> p.total() > 0)
                .collect(Collectors.toMap(ElectionResult.PartyResult::party, ElectionResult.PartyResult::total));
        assertThat(actual).isEqualTo(expected);
        assertThat(result.fixedSeats()).isEqualTo(90);
        assertThat(result.adjustmentSeats()).isEqualTo(11);
        assertThat(result.ties()).isEmpty();
    }

    @Test
    @DisplayName("the eligible voters give the published fixed seats of each constituency")
    void fixedSeatsFromEligibleVoters() throws IOException {
        ElectionResult result = RegionalElection.allocate(input(false), 1);

        Map<String, Integer> published = new LinkedHashMap<>();
        rows("2022-ostergotland-votes.csv").forEach(r -> published.put(r[0], Integer.parseInt(r[2])));
        assertThat(result.constituencies().stream().collect(Collectors.toMap(ElectionResult.ConstituencyResult::name,
                ElectionResult.ConstituencyResult::fixedSeats))).isEqualTo(published);
    }

    @Test
    @DisplayName("every constituency's seats add up: fixed as published, adjustment seats 11 in all")
    void constituencySeatsAddUp() throws IOException {
        ElectionResult result = RegionalElection.allocate(input(true), 1);

        for (ElectionResult.ConstituencyResult c : result.constituencies()) {
            assertThat(c.seats().values().stream().mapToInt(Integer::intValue).sum()).as(c.name()).isEqualTo(c.fixedSeats());
        }
        assertThat(result.constituencies().stream().flatMap(c -> c.adjustmentSeats().values().stream())
                .mapToInt(Integer::intValue).sum()).isEqualTo(11);
        for (ElectionResult.PartyResult p : result.parties()) {
            int placed = result.constituencies().stream().mapToInt(c -> c.seats().getOrDefault(p.party(), 0)
                    + c.adjustmentSeats().getOrDefault(p.party(), 0)).sum();
            assertThat(placed).as(p.party()).isEqualTo(p.total());
        }
    }
}
