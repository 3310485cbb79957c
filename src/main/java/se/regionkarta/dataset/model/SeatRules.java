package se.regionkarta.dataset.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.regionkarta.cooperation.model.CooperationBody;
import se.regionkarta.cooperation.model.HealthcareRegion;
import se.regionkarta.cooperation.model.Membership;
import se.regionkarta.politics.model.Body;
import se.regionkarta.politics.model.Coalition;
import se.regionkarta.politics.model.CoalitionRole;
import se.regionkarta.politics.model.SeatCount;

/**
 * Seats add up: a body's seats for a term fill exactly its size, a majority holds more than half,
 * a stated coalition total matches its parties' seats, no party governs and opposes at once, and a
 * joint body's size follows its composition rule.
 */
final class SeatRules {

    private SeatRules() {
    }

    static List<Violation> check(Dataset d, Index index) {
        Map<String, Map<String, Integer>> seatsByBodyTerm = new LinkedHashMap<>();
        for (SeatCount s : d.all(SeatCount.class)) {
            seatsByBodyTerm.computeIfAbsent(s.bodyId() + "|" + s.termId(), k -> new LinkedHashMap<>())
                    .merge(s.partyId(), s.seats(), Integer::sum);
        }
        List<Violation> found = new ArrayList<>();
        seatsByBodyTerm.forEach((key, seats) -> {
            String[] bodyTerm = key.split("\\|");
            Body body = index.get(Body.class, bodyTerm[0]);
            int total = seats.values().stream().mapToInt(Integer::intValue).sum();
            if (body != null && body.members() != null && total != body.members()) {
                found.add(new Violation(FactKind.SEAT, bodyTerm[0] + "/" + bodyTerm[1] + "/" + seats.keySet().iterator().next(),
                        "the seats of '" + body.id() + "' for " + bodyTerm[1] + " add up to " + total
                                + ", but the body has " + body.members() + " members").at("parties")
                        .assuming(allSeatsOf(body.id())));
            }
        });
        for (Coalition c : d.all(Coalition.class)) {
            found.addAll(coalition(c, seatsByBodyTerm.get(c.bodyId() + "|" + c.termId()), index));
        }
        found.addAll(governingAndOpposing(d.all(Coalition.class)));
        found.addAll(composition(d, index));
        return found;
    }

    /** Takes for granted that every seat of the body was read: a total is only as good as its parts. */
    private static Premise allSeatsOf(String bodyId) {
        return Premise.allNaming(FactKind.SEAT, bodyId);
    }

    private static List<Violation> coalition(Coalition c, Map<String, Integer> seats, Index index) {
        List<Violation> found = new ArrayList<>();
        if (seats == null) {
            if (c.role() == CoalitionRole.MAJORITY && c.statedSeats() != null) {
                Body body = index.get(Body.class, c.bodyId());
                if (body != null && body.members() != null && 2 * c.statedSeats() <= body.members()) {
                    found.add(new Violation(FactKind.COALITION, c.id(), "'" + c.id() + "' is called a majority but holds "
                            + c.statedSeats() + " of " + body.members() + " seats, not more than half").at("seats"));
                }
            }
            return found;
        }
        int total = seats.values().stream().mapToInt(Integer::intValue).sum();
        int held = c.partyIds().stream().mapToInt(p -> seats.getOrDefault(p, 0)).sum();
        if (c.statedSeats() != null && c.statedSeats() != held) {
            found.add(new Violation(FactKind.COALITION, c.id(), "'" + c.id() + "' is said to hold " + c.statedSeats()
                    + " seats, but its parties " + c.partyIds() + " hold " + held).at("seats").assuming(allSeatsOf(c.bodyId())));
        }
        if (c.role() == CoalitionRole.MAJORITY && 2 * held <= total) {
            found.add(new Violation(FactKind.COALITION, c.id(), "'" + c.id() + "' is called a majority but holds "
                    + held + " of " + total + " seats, not more than half").at("role").assuming(allSeatsOf(c.bodyId())));
        }
        return found;
    }

    private static List<Violation> governingAndOpposing(List<Coalition> coalitions) {
        List<Violation> found = new ArrayList<>();
        for (int i = 0; i < coalitions.size(); i++) {
            for (int j = i + 1; j < coalitions.size(); j++) {
                Coalition a = coalitions.get(i);
                Coalition b = coalitions.get(j);
                boolean sameTime = a.bodyId().equals(b.bodyId()) && a.termId().equals(b.termId())
                        && a.validity().overlaps(b.validity());
                if (!sameTime) {
                    continue;
                }
                for (String party : a.partyIds()) {
                    if (b.partyIds().contains(party)) {
                        found.add(new Violation(FactKind.COALITION, b.id(), "party " + party + " is in both '" + a.id()
                                + "' and '" + b.id() + "' at the same time").at("parties", party));
                    }
                }
            }
        }
        return found;
    }

    private static List<Violation> composition(Dataset d, Index index) {
        List<Violation> found = new ArrayList<>();
        for (CooperationBody c : d.all(CooperationBody.class)) {
            HealthcareRegion h = index.get(HealthcareRegion.class, c.healthcareRegionId());
            if (c.composition() == null || h == null) {
                continue;
            }
            List<String> regions = h.members().stream().map(Membership::regionId).distinct().toList();
            int members = regions.stream().mapToInt(c.composition()::membersFor).sum();
            int substitutes = regions.stream().mapToInt(c.composition()::substitutesFor).sum();
            if (c.members() != null && c.members() != members) {
                found.add(new Violation(FactKind.COOPERATION_BODY, c.id(), "'" + c.id() + "' has " + c.members()
                        + " members, but its composition rule gives " + members + " for " + regions.size() + " regions")
                        .at("members"));
            }
            if (c.substitutes() != null && c.substitutes() != substitutes) {
                found.add(new Violation(FactKind.COOPERATION_BODY, c.id(), "'" + c.id() + "' has " + c.substitutes()
                        + " substitutes, but its composition rule gives " + substitutes + " for " + regions.size() + " regions")
                        .at("substitutes"));
            }
        }
        return found;
    }
}
