package se.regionkarta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HemicycleTest {

    private static final List<Hemicycle.Group> KALMAR_2022 = List.of(
            new Hemicycle.Group("S", 24, "#e8112d"), new Hemicycle.Group("C", 6, "#009933"),
            new Hemicycle.Group("V", 5, "#da291c"), new Hemicycle.Group("M", 12, "#52bdec"),
            new Hemicycle.Group("SD", 12, "#dddd00"), new Hemicycle.Group("KD", 8, "#000077"));

    @Test
    @DisplayName("draws one seat per seat of the assembly")
    void oneSeatPerSeat() {
        assertThat(Hemicycle.of(KALMAR_2022).seats()).hasSize(67);
    }

    @Test
    @DisplayName("colours every party's seats in the party's colour, as many as it holds")
    void coloursByParty() {
        Map<String, List<Hemicycle.Seat>> byParty = Hemicycle.of(KALMAR_2022).seats().stream()
                .collect(Collectors.groupingBy(Hemicycle.Seat::partyId));
        for (Hemicycle.Group g : KALMAR_2022) {
            assertThat(byParty.get(g.partyId())).hasSize(g.seats()).allMatch(s -> s.colour().equals(g.colour()));
        }
    }

    @Test
    @DisplayName("gives the same drawing for the same seats")
    void deterministic() {
        assertThat(Hemicycle.of(KALMAR_2022)).isEqualTo(Hemicycle.of(List.copyOf(KALMAR_2022)));
    }

    @Test
    @DisplayName("fills the parties from left to right, each in one wedge, in the order given")
    void leftToRight() {
        List<Hemicycle.Seat> seats = Hemicycle.of(KALMAR_2022).seats();
        Map<String, Double> meanX = seats.stream().collect(Collectors.groupingBy(Hemicycle.Seat::partyId,
                Collectors.averagingDouble(Hemicycle.Seat::x)));
        List<String> order = KALMAR_2022.stream().map(Hemicycle.Group::partyId).toList();
        for (int i = 1; i < order.size(); i++) {
            assertThat(meanX.get(order.get(i))).as(order.get(i) + " right of " + order.get(i - 1))
                    .isGreaterThan(meanX.get(order.get(i - 1)));
        }
    }

    @ParameterizedTest(name = "{0} seats")
    @ValueSource(ints = {1, 2, 5, 15, 31, 41, 49, 67, 71, 81, 101, 149, 349})
    @DisplayName("keeps every seat inside the drawing and apart from the others")
    void seatsApartAndInside(int total) {
        Hemicycle h = Hemicycle.of(List.of(new Hemicycle.Group("A", total / 2, "#000000"),
                new Hemicycle.Group("B", total - total / 2, "#ffffff")));
        assertThat(h.seats()).hasSize(total);
        double r = h.seatRadius();
        for (Hemicycle.Seat s : h.seats()) {
            assertThat(s.x() - r).isGreaterThanOrEqualTo(0);
            assertThat(s.x() + r).isLessThanOrEqualTo(Hemicycle.WIDTH);
            assertThat(s.y() - r).isGreaterThanOrEqualTo(0);
            assertThat(s.y() + r).isLessThanOrEqualTo(Hemicycle.HEIGHT);
        }
        for (int i = 0; i < h.seats().size(); i++) {
            for (int j = i + 1; j < h.seats().size(); j++) {
                Hemicycle.Seat a = h.seats().get(i);
                Hemicycle.Seat b = h.seats().get(j);
                assertThat(Math.hypot(a.x() - b.x(), a.y() - b.y())).isGreaterThanOrEqualTo(2 * r);
            }
        }
    }

    @Test
    @DisplayName("draws nothing for an assembly without recorded seats")
    void empty() {
        assertThat(Hemicycle.of(List.of()).seats()).isEmpty();
    }

    @Test
    @DisplayName("writes coordinates with a decimal point whatever the locale")
    void rootLocale() {
        Function<Hemicycle.Seat, String> cx = Hemicycle.Seat::cx;
        assertThat(Hemicycle.of(KALMAR_2022).seats()).allSatisfy(s -> assertThat(cx.apply(s)).matches("\\d+\\.\\d{2}"));
    }
}
