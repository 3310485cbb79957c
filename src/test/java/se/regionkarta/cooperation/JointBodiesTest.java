package se.regionkarta.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.regionkarta.cooperation.model.CompositionRule;
import se.regionkarta.cooperation.model.CooperationBody;
import se.regionkarta.cooperation.model.CooperationBodyKind;
import se.regionkarta.cooperation.model.DecisionKind;
import se.regionkarta.cooperation.model.HealthcareRegion;
import se.regionkarta.cooperation.model.JointDecision;
import se.regionkarta.cooperation.model.Membership;
import se.regionkarta.cooperation.model.RotationRule;
import se.regionkarta.cooperation.model.RotationSchedule;
import se.regionkarta.dataset.model.Dataset;
import se.regionkarta.provenance.model.PartialDate;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.provenance.model.Validity;

/** The joint bodies' rotation, composition check and decisions register (issue 6), without a store or server. */
class JointBodiesTest {

    static final List<RotationRule.Duty> BOTH = List.of(RotationRule.Duty.CHAIR, RotationRule.Duty.SECRETARY);
    static final SourceRef BODY_SOURCE = new SourceRef("body-page", null, null);
    static final SourceRef HOLDER_SOURCE = new SourceRef("holder-page", null, null);
    static final HealthcareRegion SYDOSTRA = new HealthcareRegion("sydostra", "Sydöstra sjukvårdsregionen", null, List.of(),
            List.of(new Membership("ostergotland", List.of(), null), new Membership("jonkoping", List.of(), null),
                    new Membership("kalmar", List.of(), null)), List.of(), null, null, null, List.of(BODY_SOURCE));

    static CooperationBody committee(RotationRule rotation, Integer members, Integer substitutes) {
        return new CooperationBody("sydostra.samverkansnamnden", "sydostra", "Samverkansnämnden", CooperationBodyKind.JOINT_COMMITTEE,
                null, "ostergotland", null, new CompositionRule(3, 3, List.of()), rotation, List.of(DecisionKind.values()),
                members, substitutes, 4, null, List.of(), null, null, null, List.of(BODY_SOURCE));
    }

    /** The rule of Sydöstra's joint committee as the sources give it: two-year periods, Jönköping 2022–2023, no order. */
    static RotationRule sydostraRule() {
        return new RotationRule(BOTH, 2, List.of(), null, List.of(new RotationRule.Holding(RotationRule.Duty.CHAIR, "jonkoping",
                new Validity(PartialDate.ofYear(2022), PartialDate.ofYear(2023)), List.of(HOLDER_SOURCE))));
    }

    @Nested
    class Rotation {

        @Test
        @DisplayName("without an order in the sources only Jönköping's 2022–2023 chair is named; today's holders stay unknown")
        void sydostraKeepsUnknownPeriodsUnknown() {
            Rotations.BodyRotation r = Rotations.of(committee(sydostraRule(), 9, 9), LocalDate.of(2026, 11, 26), 10);

            Rotations.DutySchedule chair = r.schedules().get(0);
            assertThat(chair.duty()).isEqualTo(RotationRule.Duty.CHAIR);
            assertThat(chair.current().from()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(chair.current().basis()).isEqualTo(RotationSchedule.Basis.UNKNOWN);
            assertThat(chair.current().regionId()).isNull();
            assertThat(chair.earlier()).singleElement().satisfies(p -> {
                assertThat(p.regionId()).isEqualTo("jonkoping");
                assertThat(p.from()).isEqualTo(LocalDate.of(2022, 1, 1));
                assertThat(p.until()).isEqualTo(LocalDate.of(2023, 12, 31));
                assertThat(p.basis()).isEqualTo(RotationSchedule.Basis.RECORDED);
                assertThat(p.sources()).containsExactly(HOLDER_SOURCE);
            });
            assertThat(chair.periods()).hasSize(6).allSatisfy(p -> assertThat(p.basis()).isEqualTo(RotationSchedule.Basis.UNKNOWN));
            assertThat(chair.periods().get(5).until()).isEqualTo(LocalDate.of(2037, 12, 31));
            assertThat(r.schedules().get(1).earlier()).as("no source names a secretary").isEmpty();
        }

        @Test
        @DisplayName("on a day within the recorded period the recorded holder holds the chair")
        void recordedPeriodIsCurrent() {
            Rotations.BodyRotation r = Rotations.of(committee(sydostraRule(), 9, 9), LocalDate.of(2023, 12, 31), 2);

            assertThat(r.schedules().get(0).current().regionId()).isEqualTo("jonkoping");
            assertThat(r.schedules().get(0).earlier()).isEmpty();
            assertThat(Rotations.of(committee(sydostraRule(), 9, 9), LocalDate.of(2024, 1, 1), 2).schedules().get(0).current()
                    .regionId()).as("the next period has begun").isNull();
        }

        @Test
        @DisplayName("with an order the holders are computed across period boundaries and a leap day, citing the body's sources")
        void computedFromOrder() {
            RotationRule rule = new RotationRule(BOTH, 2, List.of("ostergotland", "jonkoping", "kalmar"),
                    PartialDate.parse("2024-02-29"), List.of());
            Rotations.BodyRotation r = Rotations.of(committee(rule, null, null), LocalDate.of(2026, 2, 27), 4);

            List<RotationSchedule.Period> chair = r.schedules().get(0).periods();
            assertThat(chair.get(0).regionId()).isEqualTo("ostergotland");
            assertThat(chair.get(0).until()).isEqualTo(LocalDate.of(2026, 2, 27));
            assertThat(chair.get(1).regionId()).isEqualTo("jonkoping");
            assertThat(chair.get(1).from()).isEqualTo(LocalDate.of(2026, 2, 28));
            assertThat(chair.get(2).from()).isEqualTo(LocalDate.of(2028, 2, 29));
            assertThat(chair.get(2).regionId()).isEqualTo("kalmar");
            assertThat(chair).allSatisfy(p -> {
                assertThat(p.basis()).isEqualTo(RotationSchedule.Basis.COMPUTED);
                assertThat(p.sources()).containsExactly(BODY_SOURCE);
            });
        }

        @Test
        @DisplayName("a rule with neither a start nor a recorded holder has no periods; a body without a rule is refused")
        void unscheduled() {
            RotationRule rule = new RotationRule(BOTH, 2, List.of("a", "b"), null, List.of());
            assertThat(Rotations.of(committee(rule, 9, 9), LocalDate.of(2026, 1, 1), 10).scheduled()).isFalse();
            assertThatThrownBy(() -> Rotations.of(committee(null, 9, 9), LocalDate.of(2026, 1, 1), 10))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Rotations.of(committee(rule, 9, 9), LocalDate.of(2026, 1, 1), 0))
                    .hasMessageContaining("years");
        }
    }

    @Nested
    class Composition {

        @Test
        @DisplayName("Sydöstra's 9 + 9 keep the rule of 3 + 3 from each of three regions; members per region are not recorded")
        void totalsKeepTheRule() {
            Compositions.Check c = Compositions.check(committee(null, 9, 9), SYDOSTRA, LocalDate.of(2025, 6, 1), Map.of());

            assertThat(c.result()).isEqualTo(Compositions.Result.KEEPS_RULE);
            assertThat(c.perRegionRecorded()).isFalse();
            assertThat(c.regions()).extracting(Compositions.RegionRule::regionId).containsExactly("ostergotland", "jonkoping", "kalmar");
            assertThat(c.regions()).allSatisfy(r -> {
                assertThat(r.members()).isEqualTo(3);
                assertThat(r.substitutes()).isEqualTo(3);
                assertThat(r.recordedMembers()).isNull();
            });
            assertThat(c.ruleMembers()).isEqualTo(9);
        }

        @Test
        @DisplayName("a recorded total that differs from the rule's breaks it, and says how")
        void totalsBreakTheRule() {
            Compositions.Check c = Compositions.check(committee(null, 10, 9), SYDOSTRA, LocalDate.of(2025, 6, 1), Map.of());

            assertThat(c.result()).isEqualTo(Compositions.Result.BREAKS_RULE);
            assertThat(c.violations()).containsExactly("the body has 10 members; the rule gives 9 for 3 regions");
        }

        @Test
        @DisplayName("seats per region, where given, are checked region by region")
        void perRegion() {
            Compositions.Check c = Compositions.check(committee(null, 9, 9), SYDOSTRA, LocalDate.of(2025, 6, 1),
                    Map.of("ostergotland", new int[] {4, 3}, "jonkoping", new int[] {3, 3}, "kalmar", new int[] {2, 3}));

            assertThat(c.result()).isEqualTo(Compositions.Result.BREAKS_RULE);
            assertThat(c.perRegionRecorded()).isTrue();
            assertThat(c.violations()).containsExactly("ostergotland has 4 members; the rule says 3",
                    "kalmar has 2 members; the rule says 3");
            assertThat(c.regions().get(0).recordedMembers()).isEqualTo(4);
        }

        @Test
        @DisplayName("with neither totals nor seats recorded nothing can be checked")
        void nothingRecorded() {
            assertThat(Compositions.check(committee(null, null, null), SYDOSTRA, LocalDate.of(2025, 6, 1), Map.of()).result())
                    .isEqualTo(Compositions.Result.NOT_RECORDED);
        }
    }

    @Nested
    class Decisions {

        static JointDecision decision(String id, String bodyId, String decided, String from, List<String> units) {
            return new JointDecision(id, bodyId, DecisionKind.SHARED_CARE, null, decided == null ? null : PartialDate.parse(decided),
                    new Validity(from == null ? null : PartialDate.parse(from), null), units, "vård", null, null,
                    List.of(BODY_SOURCE));
        }

        @Test
        @DisplayName("the register lists a healthcare region's decisions newest first, undated last, and a unit's own")
        void register() {
            Dataset d = new Dataset.Builder()
                    .add(committee(null, 9, 9))
                    .addAll(List.of(decision("a", "sydostra.samverkansnamnden", null, null, List.of()),
                            decision("b", "sydostra.samverkansnamnden", "2021-03-12", null, List.of("ostergotland.us")),
                            decision("c", "sydostra.samverkansnamnden", null, "2024", List.of("ostergotland.us")),
                            decision("d", "other.body", "2025", null, List.of())))
                    .build();

            assertThat(DecisionRegister.ofHealthcareRegion(d, "sydostra")).extracting(JointDecision::id).containsExactly("c", "b", "a");
            assertThat(DecisionRegister.affecting(d, "ostergotland.us")).extracting(JointDecision::id).containsExactly("c", "b");
            assertThat(DecisionRegister.affecting(d, "kalmar")).isEmpty();
        }

        @Test
        @DisplayName("a decision says what was decided, and is not taken after the period it applies to")
        void validated() {
            assertThatThrownBy(() -> new JointDecision("x", "b", DecisionKind.SHARED_CARE, null, null, null, List.of(), null, " ",
                    null, List.of())).hasMessageContaining("title, a care area or a description");
            assertThatThrownBy(() -> new JointDecision("x", "b", DecisionKind.PRICES_FOR_SOLD_CARE, "Prislista", PartialDate.parse("2026"),
                    new Validity(PartialDate.parse("2024"), PartialDate.parse("2025")), List.of(), null, null, null, List.of()))
                    .hasMessageContaining("comes after");
        }
    }
}
