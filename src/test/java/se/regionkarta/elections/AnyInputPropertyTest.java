package se.regionkarta.elections;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import se.regionkarta.input.BadInput;

/**
 * Whatever a user pastes or uploads, the calculator answers with seats or with problems that have
 * a message: never another exception (which the site and the API would turn into a 500).
 */
class AnyInputPropertyTest {

    @Property(tries = 400)
    @Label("any bytes as a votes file give a result or bad input")
    void anyBytes(@ForAll byte[] bytes, @ForAll @IntRange(min = 1, max = 200) int seats) {
        answered(() -> Elections.allocateSeats(VotesCsv.read(bytes), seats, null, null, 1));
        answered(() -> Elections.fillCommittee(GroupsCsv.read(bytes), seats, 1, null));
    }

    @Property(tries = 600)
    @Label("any plausible votes file with any parameters gives a result or bad input, and whole seats")
    void plausibleFiles(@ForAll("votesFiles") String text, @ForAll @IntRange(min = 1, max = 160) int seats,
            @ForAll("fixed") Integer fixed, @ForAll("thresholds") BigDecimal threshold, @ForAll long seed) {
        Object r = answered(() -> Elections.allocateSeats(VotesCsv.read(text), seats, fixed, threshold, seed));
        if (r instanceof ElectionReport report) {
            assertThat(report.parties().stream().mapToInt(ElectionReport.PartyLine::total).sum()).isEqualTo(seats);
        }
    }

    @Property(tries = 400)
    @Label("any plausible groups file gives a result or bad input")
    void plausibleGroups(@ForAll("groupsFiles") String text, @ForAll @IntRange(min = 1, max = 60) int seats, @ForAll long seed) {
        Object r = answered(() -> Elections.fillCommittee(GroupsCsv.read(text), seats, seed, 10));
        if (r instanceof CommitteeReport report) {
            assertThat(report.groups().stream().mapToInt(CommitteeReport.GroupLine::seats).sum()).isEqualTo(seats);
        }
    }

    private static Object answered(java.util.function.Supplier<Object> run) {
        try {
            return run.get();
        } catch (BadInput e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.message()).isNotBlank());
            return e;
        }
    }

    @Provide
    Arbitrary<String> votesFiles() {
        Arbitrary<String> constituency = Arbitraries.of("Norra", "Södra", "Östra", "Väst", "K");
        Arbitrary<String> party = Arbitraries.of("S", "M", "SD", "C", "V", "KD", "L", "MP", "X", "Y");
        Arbitrary<String> count = Arbitraries.oneOf(Arbitraries.longs().between(0, 200_000).map(String::valueOf),
                Arbitraries.of("", "0", "-1", "1000000000", "3", "x"));
        Arbitrary<String> row = Combinators.combine(constituency, count, count, party, count)
                .as((c, e, f, p, v) -> String.join(",", c, e, f, p, v));
        return row.list().ofMinSize(0).ofMaxSize(25).map(rows -> VotesCsvTest.HEADER + String.join("\n", rows) + "\n");
    }

    @Provide
    Arbitrary<String> groupsFiles() {
        Arbitrary<String> row = Combinators.combine(Arbitraries.of("A", "B", "C", "D", ""),
                Arbitraries.oneOf(Arbitraries.longs().between(0, 100).map(String::valueOf), Arbitraries.of("-1", "x", "")),
                Arbitraries.of("", "", "J", "K", "A")).as((g, b, c) -> g + "," + b + "," + c);
        return row.list().ofMinSize(0).ofMaxSize(8).map(rows -> "group,ballots,cartel\n" + String.join("\n", rows) + "\n");
    }

    @Provide
    Arbitrary<Integer> fixed() {
        return Arbitraries.integers().between(1, 160).injectNull(0.6);
    }

    @Provide
    Arbitrary<BigDecimal> thresholds() {
        return Arbitraries.of(List.of(BigDecimal.ZERO, BigDecimal.valueOf(2), BigDecimal.valueOf(3), new BigDecimal("12.5"),
                BigDecimal.valueOf(100))).injectNull(0.3);
    }
}
