package se.regionkarta.politics;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.regionkarta.politics.model.Appointment;
import se.regionkarta.politics.model.Body;
import se.regionkarta.politics.model.Coalition;
import se.regionkarta.politics.model.Party;
import se.regionkarta.politics.model.Person;
import se.regionkarta.politics.model.SeatCount;
import se.regionkarta.politics.model.Term;
import se.regionkarta.registry.model.Unit;
import se.regionkarta.snapshot.Snapshot;

/**
 * The politics of the registry as of a day: terms of office, the bodies of a region, their seats
 * and coalitions, the roles people hold, and which bodies govern a unit. One per snapshot
 * ({@link #of}); its indexes are built when politics is first asked about.
 */
public final class PoliticsQueries {

    private final Snapshot snapshot;
    private final List<Term> terms;
    private final Map<String, List<Body>> bodiesByRegion;
    private final Map<String, List<SeatCount>> seatsByBodyAndTerm = new HashMap<>();
    private final Map<String, List<Appointment>> appointmentsByRegion;

    private PoliticsQueries(Snapshot snapshot) {
        this.snapshot = snapshot;
        this.terms = snapshot.dataset().all(Term.class);
        this.bodiesByRegion = snapshot.dataset().all(Body.class).stream().collect(Collectors.groupingBy(Body::regionId));
        for (SeatCount s : snapshot.dataset().all(SeatCount.class)) {
            seatsByBodyAndTerm.computeIfAbsent(s.bodyId() + "/" + s.termId(), k -> new java.util.ArrayList<>()).add(s);
        }
        seatsByBodyAndTerm.replaceAll((key, seats) -> seats.stream()
                .sorted(Comparator.comparingInt(SeatCount::seats).reversed()).toList());
        this.appointmentsByRegion = snapshot.dataset().all(Appointment.class).stream()
                .collect(Collectors.groupingBy(Appointment::regionId));
    }

    /** Returns the snapshot's politics, built on first use. */
    public static PoliticsQueries of(Snapshot snapshot) {
        return snapshot.memo(PoliticsQueries.class, PoliticsQueries::new);
    }

    /** Returns the term of office running on the given day, if any. */
    public Optional<Term> termOn(LocalDate day) {
        return terms.stream().filter(t -> t.validity().contains(day)).findFirst();
    }

    public Optional<Term> term(String id) {
        return snapshot.get(Term.class, id);
    }

    public Optional<Body> body(String id) {
        return snapshot.get(Body.class, id);
    }

    public Optional<Party> party(String id) {
        return snapshot.get(Party.class, id);
    }

    public Optional<Person> person(String id) {
        return snapshot.get(Person.class, id);
    }

    /** Returns the bodies of a region that exist on the given day, the assembly first, then by name. */
    public List<Body> bodiesOf(String regionId, LocalDate day) {
        return bodiesByRegion.getOrDefault(regionId, List.of()).stream()
                .filter(b -> b.validity().contains(day))
                .sorted(Comparator.comparing(Body::kind).thenComparing(Body::name, Snapshot.swedishOrder()))
                .toList();
    }

    /** Returns the seats per party of a body in a term, largest first. */
    public List<SeatCount> seats(String bodyId, String termId) {
        return seatsByBodyAndTerm.getOrDefault(bodyId + "/" + termId, List.of());
    }

    /** Returns the coalitions of a body in force on the given day. */
    public List<Coalition> coalitions(String bodyId, LocalDate day) {
        Optional<Term> term = termOn(day);
        return snapshot.dataset().all(Coalition.class).stream()
                .filter(c -> c.bodyId().equals(bodyId) && term.map(t -> t.id().equals(c.termId())).orElse(false)
                        && c.validity().contains(day))
                .toList();
    }

    /** Returns the political roles held in a region on the given day, within their terms. */
    public List<Appointment> appointments(String regionId, LocalDate day) {
        return appointmentsByRegion.getOrDefault(regionId, List.of()).stream()
                .filter(a -> a.validity().contains(day)
                        && (a.termId() == null || term(a.termId()).map(t -> t.validity().contains(day)).orElse(false)))
                .toList();
    }

    /** Returns the bodies that govern the unit on the given day: those naming it or, failing that, its nearest ancestor. */
    public List<Body> governors(String unitId, LocalDate day) {
        List<String> chain = snapshot.ancestry(unitId, day).stream().map(Unit::id).toList();
        for (int i = chain.size() - 1; i >= 0; i--) {
            String id = chain.get(i);
            List<Body> direct = snapshot.dataset().all(Body.class).stream()
                    .filter(b -> b.governs().contains(id) && b.validity().contains(day)).toList();
            if (!direct.isEmpty()) {
                return direct;
            }
        }
        return List.of();
    }
}
