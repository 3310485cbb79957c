package se.regionkarta.politics.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import se.regionkarta.api.Ref;
import se.regionkarta.politics.PoliticsQueries;
import se.regionkarta.politics.model.Appointment;
import se.regionkarta.politics.model.Body;
import se.regionkarta.politics.model.BodyKind;
import se.regionkarta.politics.model.Coalition;
import se.regionkarta.politics.model.Person;
import se.regionkarta.politics.model.SeatCount;
import se.regionkarta.politics.model.Term;
import se.regionkarta.snapshot.Snapshot;

/** Answers the API's questions about political bodies, their seats and coalitions, and the people in them. */
final class PoliticsAnswers {

    /** A party's seats in a body for a term, with the id the export gives it ({@code body/term/party}). */
    record Seat(String id, @JsonUnwrapped SeatCount seat) {
        static Seat of(SeatCount s) {
            return new Seat(s.id(), s);
        }
    }

    /**
     * A body with its composition on a day.
     *
     * @param termId the term of office running on {@code asOf}, whose seats are shown; absent between terms
     * @param seatTotal the sum of {@code seats}, absent when no seats are known
     * @param appointments the roles held in this body on {@code asOf} (chairs and the like)
     */
    record BodyDetail(LocalDate asOf, boolean inForce, @JsonUnwrapped Body body, String termId, Integer seatTotal,
            List<Seat> seats, List<Coalition> coalitions, List<Appointment> appointments) {
    }

    /** A person with the roles they hold on a day. */
    record PersonDetail(LocalDate asOf, @JsonUnwrapped Person person, List<Appointment> appointments) {
    }

    private final Snapshot snapshot;

    PoliticsAnswers(Snapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** Returns the bodies in force on a day, of one region (assembly first) or of all, optionally of one kind. */
    List<Body> bodies(String regionId, BodyKind kind, LocalDate day) {
        Stream<Body> bodies = regionId != null ? PoliticsQueries.of(snapshot).bodiesOf(regionId, day).stream()
                : snapshot.dataset().all(Body.class).stream().filter(b -> b.validity().contains(day));
        return bodies.filter(b -> kind == null || b.kind() == kind).toList();
    }

    Optional<BodyDetail> body(String id, LocalDate day) {
        return snapshot.get(Body.class, id).map(b -> {
            Optional<Term> term = PoliticsQueries.of(snapshot).termOn(day);
            List<Seat> seats = term.map(t -> PoliticsQueries.of(snapshot).seats(id, t.id())).orElse(List.of()).stream().map(Seat::of).toList();
            Integer total = seats.isEmpty() ? null : seats.stream().mapToInt(s -> s.seat().seats()).sum();
            List<Appointment> roles = PoliticsQueries.of(snapshot).appointments(b.regionId(), day).stream()
                    .filter(a -> id.equals(a.bodyId())).toList();
            return new BodyDetail(day, b.validity().contains(day), b, term.map(Term::id).orElse(null), total, seats,
                    PoliticsQueries.of(snapshot).coalitions(id, day), roles);
        });
    }

    /** Returns the term running on a day, if any. */
    Optional<String> termOn(LocalDate day) {
        return PoliticsQueries.of(snapshot).termOn(day).map(Term::id);
    }

    /** Returns the seats of a term, of one body or of all (body by body, largest party first). */
    List<Seat> seats(String bodyId, String termId) {
        List<String> bodies = bodyId != null ? List.of(bodyId) : snapshot.dataset().all(SeatCount.class).stream()
                .filter(s -> s.termId().equals(termId)).map(SeatCount::bodyId).distinct().toList();
        return bodies.stream().flatMap(b -> PoliticsQueries.of(snapshot).seats(b, termId).stream()).map(Seat::of).toList();
    }

    Optional<PersonDetail> person(String id, LocalDate day) {
        return PoliticsQueries.of(snapshot).person(id).map(p -> new PersonDetail(day, p, snapshot.dataset().all(Appointment.class).stream()
                .filter(a -> a.personId().equals(id)).map(Appointment::regionId).distinct()
                .flatMap(region -> PoliticsQueries.of(snapshot).appointments(region, day).stream())
                .filter(a -> a.personId().equals(id)).toList()));
    }

    List<Person> persons(String q) {
        return snapshot.dataset().all(Person.class).stream().filter(p -> Ref.matches(q, p.name())).toList();
    }
}
