package se.regionkarta.elections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.regionkarta.elections.model.Group;
import se.regionkarta.input.BadInput;
import se.regionkarta.politics.PoliticsQueries;
import se.regionkarta.politics.model.Body;
import se.regionkarta.politics.model.BodyKind;
import se.regionkarta.politics.model.Coalition;
import se.regionkarta.politics.model.SeatCount;
import se.regionkarta.politics.model.Term;
import se.regionkarta.provenance.model.SourceRef;
import se.regionkarta.snapshot.Snapshot;

/**
 * How a committee of an assembly would be composed if the assembly filled it by proportional
 * election (Act 1992:339) and each party group voted for its own list, every member casting one
 * ballot: the groups' ballots are their seats in the assembly for the running term (or the latest
 * recorded, as the politics page shows it). Optionally the
 * governing coalition stands as one joint list (valkartell), as governing parties commonly do.
 *
 * @param body the assembly
 * @param term the term whose seats were used: the one running on {@code asOf}, or, when its seats are
 *     not recorded yet, the latest term before it that has them; null when none has
 * @param runningTerm the term running on {@code asOf} when it is not the one used, else null
 * @param jointLists {@code none}, or {@code coalitions} when governing coalitions stood as joint lists
 * @param committee the seats, as a proportional election gives them; null when no seats are recorded
 * @param sources the sources of the seat counts and coalitions used
 */
public record AssemblyComposition(String body, String term, String runningTerm, LocalDate asOf, String jointLists,
        CommitteeReport committee, List<SourceRef> sources) {

    public AssemblyComposition {
        sources = List.copyOf(sources);
    }

    /** The ways the groups may stand: each on its own list, or the governing coalitions as joint lists. */
    public enum JointLists { NONE, COALITIONS }

    /**
     * Computes the composition; without seats recorded up to the day, the answer says so by having
     * no term and no committee.
     *
     * @param seats the committee's size; may be null only when no seats are recorded
     * @throws IllegalArgumentException when the body is not an assembly
     * @throws BadInput naming {@code seats} when seats are recorded but the size is null
     */
    public static AssemblyComposition of(Snapshot s, Body assembly, LocalDate day, Integer seats, JointLists joint, long seed) {
        if (assembly.kind() != BodyKind.ASSEMBLY) {
            throw new IllegalArgumentException(assembly.id() + " is not an assembly");
        }
        String jointName = joint.name().toLowerCase(java.util.Locale.ROOT);
        Optional<Term> running = PoliticsQueries.of(s).termOn(day);
        Optional<Term> used = running.filter(t -> !PoliticsQueries.of(s).seats(assembly.id(), t.id()).isEmpty())
                .or(() -> latestRecorded(s, assembly, day));
        if (used.isEmpty()) {
            return new AssemblyComposition(assembly.id(), null, running.map(Term::id).orElse(null), day, jointName, null, List.of());
        }
        if (seats == null) {
            throw BadInput.field("seats", "is required here: the committee's size is needed, and the registry has no size "
                    + "for the executive board of " + assembly.regionId() + " on " + day);
        }
        // the coalitions of the term used: as of the day, or as of the last day of an earlier term
        LocalDate coalitionDay = used.equals(running) ? day : used.get().until();
        List<SeatCount> counts = PoliticsQueries.of(s).seats(assembly.id(), used.get().id()).stream().filter(c -> c.seats() > 0).toList();
        List<Coalition> governing = joint == JointLists.COALITIONS
                ? PoliticsQueries.of(s).coalitions(assembly.id(), coalitionDay).stream().filter(c -> c.role().governs() && c.partyIds().size() > 1)
                        .toList()
                : List.of();
        Set<SourceRef> sources = new LinkedHashSet<>();
        List<Group> groups = new ArrayList<>();
        for (SeatCount c : counts) {
            String cartel = governing.stream().filter(g -> g.partyIds().contains(c.partyId())).findFirst()
                    .map(g -> String.join("+", g.partyIds())).orElse(null);
            groups.add(new Group(c.partyId(), c.seats(), cartel));
            sources.addAll(c.sources());
        }
        governing.forEach(g -> sources.addAll(g.sources()));
        CommitteeReport report = Elections.fillCommittee(groups, seats, seed, null);
        return new AssemblyComposition(assembly.id(), used.get().id(), used.equals(running) ? null : running.map(Term::id)
                .orElse(null), day, jointName, report, List.copyOf(sources));
    }

    /** Returns the last term that ended before the day and has seats recorded for the body. */
    private static Optional<Term> latestRecorded(Snapshot s, Body body, LocalDate day) {
        return s.dataset().all(Term.class).stream()
                .filter(t -> t.until().isBefore(day) && !PoliticsQueries.of(s).seats(body.id(), t.id()).isEmpty())
                .max(java.util.Comparator.comparing(Term::until));
    }

    /** Returns the size of the executive board of the assembly's region on the day, if the registry has it. */
    public static Optional<Integer> executiveBoardSize(Snapshot s, Body assembly, LocalDate day) {
        return PoliticsQueries.of(s).bodiesOf(assembly.regionId(), day).stream().filter(b -> b.kind() == BodyKind.EXECUTIVE_BOARD)
                .map(Body::members).filter(m -> m != null && m > 0).findFirst();
    }
}
