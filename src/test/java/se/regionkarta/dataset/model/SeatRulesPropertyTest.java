package se.regionkarta.dataset.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import se.regionkarta.politics.model.Body;
import se.regionkarta.politics.model.BodyKind;
import se.regionkarta.politics.model.Coalition;
import se.regionkarta.politics.model.CoalitionRole;
import se.regionkarta.politics.model.Party;
import se.regionkarta.politics.model.SeatCount;
import se.regionkarta.politics.model.Term;
import se.regionkarta.provenance.model.Source;
import se.regionkarta.provenance.model.SourceKind;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;
import se.regionkarta.registry.model.Identifier;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.registry.model.UnitKind;

/** Seat tables add up to the body's size, and a majority is more than half, for any table of seats. */
class SeatRulesPropertyTest {

    private static final List<SourceRef> CITED = List.of(SourceRef.of("src"));

    @Property
    @Label("a seat table whose sum is the body's size breaks no rule")
    void seatsAddingUpAreSound(@ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 200) Integer> seats) {
        // given
        int total = sum(seats);

        // when
        List<Violation> violations = DatasetRules.check(dataset(seats, total, null));

        // then
        assertThat(violations).isEmpty();
    }

    @Property
    @Label("a body of any other size gives exactly one seat violation")
    void otherSizeGivesOneViolation(@ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 200) Integer> seats,
            @ForAll @IntRange(min = 0, max = 3000) int members) {
        // given
        int total = sum(seats);
        Assume.that(members != total);

        // when
        List<Violation> violations = DatasetRules.check(dataset(seats, members, null));

        // then
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(FactKind.SEAT);
            assertThat(v.message()).contains("add up to " + total, members + " members");
        });
    }

    @Property
    @Label("a coalition is accepted as a majority exactly when it holds more than half of the seats")
    void majorityIffMoreThanHalf(@ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 200) Integer> seats,
            @ForAll @Size(max = 12) List<Boolean> inCoalition) {
        // given
        List<Integer> members = IntStream.range(0, seats.size())
                .filter(i -> i < inCoalition.size() && inCoalition.get(i)).boxed().toList();
        List<Integer> coalition = members.isEmpty() ? List.of(0) : members;
        int held = coalition.stream().mapToInt(seats::get).sum();
        int total = sum(seats);

        // when
        List<Violation> violations = DatasetRules.check(dataset(seats, total, coalition));

        // then
        assertThat(violations.isEmpty()).isEqualTo(2 * held > total);
        if (!violations.isEmpty()) {
            assertThat(violations).singleElement().satisfies(v -> {
                assertThat(v.kind()).isEqualTo(FactKind.COALITION);
                assertThat(v.message()).contains("not more than half", held + " of " + total);
            });
        }
    }

    // --- building a data set with one region, one assembly and one term

    private static int sum(List<Integer> seats) {
        return seats.stream().mapToInt(Integer::intValue).sum();
    }

    private static String party(int i) {
        return "P" + i;
    }

    /** Returns a data set whose assembly has the given size and seats; {@code coalition} lists party indexes or is null. */
    private static Dataset dataset(List<Integer> seats, int members, List<Integer> coalition) {
        Dataset.Builder b = new Dataset.Builder()
                .add(new Source("src", "Källa", null, null, SourceKind.OWN_PUBLICATION, null, null, null))
                .add(new Unit("r", "Region R", null, List.of(), UnitKind.REGION, List.of(), Validity.ALWAYS, null, null,
                        List.of(new Identifier(Identifier.Scheme.COUNTY_CODE, "08")), null, null, null, CITED))
                .add(new Term("2022-2026", LocalDate.of(2022, 10, 15), LocalDate.of(2026, 10, 14), CITED))
                .add(new Body("r.rf", "Regionfullmäktige", null, BodyKind.ASSEMBLY, "r", null, members, null,
                        null, List.of(), null, null, null, null, CITED));
        List<SeatCount> table = new ArrayList<>();
        for (int i = 0; i < seats.size(); i++) {
            b.add(new Party(party(i), "Parti " + i, null, null, CITED));
            table.add(new SeatCount("r.rf", "2022-2026", party(i), seats.get(i), CITED));
        }
        b.addAll(table);
        if (coalition != null) {
            b.add(new Coalition("r.rf.majority", "r.rf", "2022-2026", CoalitionRole.MAJORITY,
                    coalition.stream().map(SeatRulesPropertyTest::party).toList(), null, null, null, CITED));
        }
        return b.build();
    }
}
